"""Sides read wrongly on whole PolNeAR articles (analyst reading, session 47, read47c).

Support a party holds ("has 31 endorsements in the Senate") is given to it, not by it; a paper
that judges a party's thing ("the ad criticizes Clinton's record") is aimed at that party, and
its owner is no speaker for the paper; the party punished or praised for an act ("sanctioned
Russia for annexing Crimea") is the one who did it.
"""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _sides(result: ArticleResult, trigger: str) -> tuple[list[str], list[str]]:
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.name for p in event.actors], [p.name for p in event.recipients]


def test_counted_endorsements_held_in_a_body_come_from_that_body() -> None:
    (result,) = run_texts(
        "Senator Amy Klobuchar has 12 endorsements in the Minnesota Legislature, "
        "a body where her rival once served."
    )
    actors, recipients = _sides(result, "endorsements")
    assert recipients == ["Amy Klobuchar"]
    assert "Amy Klobuchar" not in actors


def test_praise_held_for_a_party_is_given_by_the_holder() -> None:
    (result,) = run_texts("Governor Jerry Brown had warm praise for Mayor Eric Garcetti.")
    actors, recipients = _sides(result, "praise")
    assert actors == ["Jerry Brown"]
    assert "Jerry Brown" not in recipients


def test_a_paper_judging_a_party_s_record_is_aimed_at_the_party() -> None:
    (result,) = run_texts("A new radio ad criticizes Senator Pat Toomey's record on guns.")
    actors, recipients = _sides(result, "criticizes")
    assert actors == []
    assert recipients == ["Pat Toomey"]


def test_a_speech_voicing_its_speaker_s_case_still_speaks_for_him() -> None:
    (result,) = run_texts(
        "Ron DeSantis will speak in Miami on Friday. "
        "The address will lay out his case against Gavin Newsom, an aide said."
    )
    actors, recipients = _sides(result, "lay out")
    assert actors == ["Ron DeSantis"]
    assert recipients == ["Gavin Newsom"]


def test_the_party_punished_for_an_act_is_its_doer() -> None:
    (result,) = run_texts("The European Union sanctioned Russia for annexing Crimea in 2014.")
    actors, recipients = _sides(result, "annexing")
    assert actors == ["Russia"]
    assert "European Union" not in actors + recipients


def test_a_measure_aimed_at_a_party_passes_the_reason_on_to_it() -> None:
    (result,) = run_texts(
        "The Security Council imposed sanctions on Liberia for supplying weapons to rebels."
    )
    actors, _ = _sides(result, "supplying")
    assert actors == ["Liberia"]


def test_a_thing_used_for_an_act_leaves_the_act_with_the_subject() -> None:
    (result,) = run_texts("The Israeli army used armed drones for attacking targets in Gaza.")
    doers = [[p.name for p in e.actors] for e in result.events if e.trigger.text == "attacking"]
    assert all(names == ["Israeli army"] or "Israel" in " ".join(names) for names in doers)


def test_support_a_candidate_holds_from_a_group_is_the_group_s() -> None:
    (result,) = run_texts(
        "Her lead grows when Senator Amy Klobuchar's support from union leaders is counted."
    )
    actors, recipients = _sides(result, "support")
    assert actors == ["union leaders"]
    assert recipients == ["Amy Klobuchar"]


def test_an_act_not_yet_done_is_no_demand() -> None:
    texts = (
        "Mayor Eric Adams said the governor's office has yet to answer his letter.",
        "Mayor Eric Adams said Governor Kathy Hochul still has to answer his letter.",
    )
    not_yet, still = run_texts(*texts)
    assert [e.type for e in not_yet.events if e.type == "REQUEST"] == []
    assert "REQUEST" in [e.type for e in still.events]
