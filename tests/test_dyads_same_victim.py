"""A harm told without its doer, done to a person the article tells harmed by a named doer,
takes that doer: the same captivity told again ("he was abducted", "he had been killed")."""

from __future__ import annotations

import pytest

from eventwire.events.passives import agent_told
from eventwire.parse.nlp import load_nlp
from tests.conftest import countries_of, event_at, run_texts


def test_an_agentless_harm_to_a_named_victim_takes_the_doer_told_elsewhere() -> None:
    (r,) = run_texts(
        "Peter Jensen had been working for a charity when he was abducted with his driver.\n\n"
        "Officials said on Monday that Jensen had been killed by Shabab militants in Somalia."
    )
    assert countries_of(event_at(r, "abducted").actors) == {"SOM"}


def test_a_harm_to_a_victim_never_told_harmed_by_anyone_keeps_no_doer() -> None:
    (r,) = run_texts(
        "Peter Jensen had been working for a charity when he was abducted with his driver.\n\n"
        "Officials said on Monday that Shabab militants had killed two soldiers in Somalia."
    )
    assert countries_of(event_at(r, "abducted").actors) == set()


def test_blame_told_without_its_doer_takes_no_doer_from_other_blame() -> None:
    (r,) = run_texts(
        "Senator Ann Moore criticized Governor Paul Hart on Monday.\n\n"
        "Some accused Hart of lying to voters."
    )
    assert event_at(r, "accused").actors == []


def test_a_harm_with_its_own_by_phrase_keeps_the_doer_it_names_there() -> None:
    (r,) = run_texts(
        "Peter Jensen had been working for a charity when he was wounded by a stray bullet.\n\n"
        "Officials said on Monday that Jensen had been wounded by Shabab militants in Somalia."
    )
    first = next(e for e in r.events if e.trigger.text == "wounded")
    assert countries_of(first.actors) == set()


def test_a_by_phrase_parted_from_the_harm_still_keeps_the_doer_it_names_there() -> None:
    (r,) = run_texts(
        "Anna Berg was visiting her family when she was kidnapped near the port by a gang.\n\n"
        "Police said on Friday that Berg had been kidnapped by Houthi rebels in Yemen."
    )
    first = next(e for e in r.events if e.trigger.text == "kidnapped")
    assert countries_of(first.actors) == set()


def test_a_harm_with_no_by_phrase_still_takes_the_doer_told_elsewhere() -> None:
    (r,) = run_texts(
        "Anna Berg was visiting her family when she was kidnapped near the port.\n\n"
        "Police said on Friday that Berg had been kidnapped by Houthi rebels in Yemen."
    )
    first = next(e for e in r.events if e.trigger.text == "kidnapped")
    assert countries_of(first.actors) == {"YEM"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The reporter was abducted by armed men near the border.", True),
        ("The reporter was abducted  by armed men near the border.", True),
        ("The reporter was abducted on Monday by armed men.", True),
        ("The reporter was abducted near a by-election rally.", False),
        ("The reporter was abducted, and nobody stood by.", False),
    ],
)
def test_a_by_phrase_is_read_from_the_acts_agent_link(sentence: str, expected: bool) -> None:
    doc = load_nlp()(sentence)
    act = next(t for t in doc if t.text == "abducted")
    assert agent_told(act) is expected


@pytest.mark.parametrize(
    ("sentence", "act", "expected"),
    [
        ("The arrest of two journalists by police angered the union.", "arrest", True),
        ("The kidnapping of the aid worker by gunmen was condemned.", "kidnapping", True),
        ("The arrest of two journalists angered the union.", "arrest", False),
        ("The senator decided to stop by the White House.", "stop", False),
    ],
)
def test_an_act_nouns_own_by_phrase_tells_its_doer(sentence: str, act: str, expected: bool) -> None:
    doc = load_nlp()(sentence)
    assert agent_told(next(t for t in doc if t.text == act)) is expected


def test_the_by_phrase_reading_stays_out_of_the_json_contract() -> None:
    (r,) = run_texts("Peter Jensen was abducted by masked gunmen in Somalia on Monday.")
    assert r.events and all("by_phrase" not in e.model_dump_json() for e in r.events)


def test_a_group_expelled_again_takes_the_expeller_told_before() -> None:
    (r,) = run_texts(
        "NAIROBI, Kenya (AP) _ Kenya expelled four Somalis and a Yemeni on Tuesday, "
        "a radio station reported.\n\n"
        "The four Somalis were later deported as well, the station said."
    )
    assert countries_of(event_at(r, "deported").actors) == {"KEN"}


def test_a_penalty_told_again_without_its_doer_takes_the_doer_told_before() -> None:
    (r,) = run_texts(
        "The Daily Clarion fired columnist Mark Dunne on Tuesday.\n\n"
        "Dunne was dismissed after he posted a slur about the mayor online."
    )
    assert [p.name for p in event_at(r, "dismissed").actors] == ["Daily Clarion"]


def test_a_penalty_on_someone_never_told_penalised_by_anyone_keeps_no_doer() -> None:
    (r,) = run_texts(
        "The Daily Clarion fired columnist Mark Dunne on Tuesday.\n\n"
        "His editor, Ruth Alder, was suspended for a week after the story ran."
    )
    assert event_at(r, "suspended").actors == []
