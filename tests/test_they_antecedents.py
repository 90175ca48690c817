"""Whom a plural pronoun with no party of its own clause stands for: a chain of "they" keeps
the group last named, a subject joined to "others" is more than the one person, a campaign or
committee is "they" as a subject (but not the ones it acts on, "them"), after a sentence
whose subject is a thing, "they" is the plural party of one of its other clauses, and after an
opening adverbial clause ("As Republicans scrambled, they ..."), the party that clause names."""

from __future__ import annotations

from eventwire.model import Event
from tests.conftest import run_texts


def _sources(text: str, trigger: str) -> list[str]:
    (result,) = run_texts(text, date="2016-03-02")
    event: Event = next(e for e in result.events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.actors]


def _targets(text: str, trigger: str) -> list[str]:
    (result,) = run_texts(text, date="2016-03-02")
    event: Event = next(e for e in result.events if e.trigger.text.startswith(trigger))
    return [p.name for p in event.recipients]


def test_a_campaign_says_they() -> None:
    text = "The Smith campaign says they will sue the Russian government over the ads."
    assert any("campaign" in name for name in _sources(text, "sue"))


def test_them_after_a_campaign_is_whom_it_acts_on() -> None:
    text = (
        "The Jones campaign ignored Hispanic voters and now must hurry to convince them to "
        "support the Mexican government."
    )
    assert all("campaign" not in name for name in _targets(text, "convince"))


def test_a_person_and_others_are_they() -> None:
    text = "Mark Olsen and others said they would condemn the Iraqi government."
    assert _sources(text, "condemn") == ["Mark Olsen"]


def test_they_after_a_thing_subject_is_the_plural_party_of_its_clause() -> None:
    text = (
        "Anger pours from the diners where Venezuelan exiles meet each morning. "
        "They denounce the Venezuelan government at every table."
    )
    assert any("exiles" in name for name in _sources(text, "denounce"))


def test_they_after_an_opening_clause_is_the_party_it_names() -> None:
    text = (
        "As Republicans scrambled to raise cash last year, they criticized the Mexican government."
    )
    assert _sources(text, "criticized") == ["Republicans"]


def test_it_after_an_opening_clause_is_the_body_it_names() -> None:
    text = (
        "Before the Russian Foreign Ministry summoned the envoy, it accused London of interference."
    )
    assert _sources(text, "accused") == ["Russian Foreign Ministry"]


def test_it_of_a_copula_after_an_opening_clause_is_no_one() -> None:
    text = "As Russia builds bases in Syria, it is a mistake to praise the Syrian government."
    assert _sources(text, "praise") == []


def test_it_after_an_opening_clause_naming_only_a_thing_stays_unresolved() -> None:
    text = "When the report came out, it accused the Syrian government of torture."
    assert _sources(text, "accused") == []


def test_they_after_an_opening_clause_with_joined_subjects_is_all_of_them() -> None:
    text = "While Russia and China met in Beijing, they condemned the Syrian rebels."
    assert _sources(text, "condemned") == ["Russia", "China"]
