"""An event noun that a stance or refusal takes as its object, and whose own phrase names another
doer, is that doer's act told beside the stance (`events.others_acts`): "refused to disavow
Graham's endorsement" codes the refusal and Graham's backing of the refuser. Blame a stance
replies to stays its occasion, and a pronoun, a place or a setting names no other doer."""

from __future__ import annotations

from tests.conftest import run_texts


def _coded(text: str) -> list[tuple[str, str, list[str], list[str]]]:
    (result,) = run_texts(text, date="2016-03-20")
    names = {a.id: a.name for a in result.actors}

    def side(people: list) -> list[str]:
        return [names.get(p.actor_id, p.name) for p in people]

    return [(e.type, e.trigger.text, side(e.actors), side(e.recipients)) for e in result.events]


def test_backing_by_a_named_person_is_their_act() -> None:
    coded = _coded("Senator Walker refused to disavow Governor Ames's endorsement on Monday.")
    assert ("REJECT", "refused") in [(t, w) for t, w, _, _ in coded]
    (support,) = [c for c in coded if c[0] == "SUPPORT"]
    assert support[1] == "endorsement"
    assert any("Ames" in name for name in support[2])
    assert any("Walker" in name for name in support[3])


def test_a_name_before_the_noun_is_its_doer() -> None:
    coded = _coded("Senator Walker Refuses to Disavow Carol Ames Endorsement.")
    (support,) = [c for c in coded if c[0] == "SUPPORT"]
    assert any("Ames" in name for name in support[2])


def test_another_s_act_named_in_the_present_was_done() -> None:
    (result,) = run_texts("Senator Walker Refuses to Disavow Carol Ames Endorsement.")
    (support,) = [e for e in result.events if e.type == "SUPPORT"]
    assert support.modality == "occurred"


def test_own_pronoun_leaves_the_noun_as_content() -> None:
    coded = _coded("Senator Walker refused to disavow his endorsement on Monday.")
    assert [t for t, *_ in coded] == ["REJECT"]


def test_blame_a_stance_replies_to_stays_its_occasion() -> None:
    coded = _coded("The university rebutted the oil company's accusation on Tuesday.")
    assert "ACCUSE" not in [t for t, *_ in coded]


def test_a_withdrawal_from_a_country_is_no_other_doer() -> None:
    coded = _coded("Israel and Lebanon renewed talks today on a troop pullback from Lebanon.")
    assert "RETREAT" not in [t for t, *_ in coded]
