"""Blame or credit laid on a cause ("blamed the outage on the utility", "credited the rescue to
the navy") is aimed at the party the cause phrase names, not at the owner of the thing blamed,
and an object that is a party keeps its own reading. A thing blamed on a thing with no party
named on either side, in the passive too ("the outbreak was blamed on bad water"), accuses no
one (session 52), and so does a party's own deed or fortune put down to a thing ("his loss on
a bad microphone"): an excuse (analyst70). A party that owns or names the thing blamed "for"
a harm ("blamed the mayor's budget for", "Republican policies") is its target."""

from __future__ import annotations

import pytest

from .conftest import event_at, run_texts, typed_triggers

LEAD = "BOSTON (AP) -- "


def _sides(text: str, trigger: str) -> tuple[list[str], list[str]]:
    (result,) = run_texts(LEAD + text, date="2016-05-02")
    event = event_at(result, trigger)
    return [a.name for a in event.actors], [r.name for r in event.recipients]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Mayor Tom Rankin blamed the blackout on Governor Lisa Ortega.", "blamed", "Lisa Ortega"),
        ("Mayor Tom Rankin blamed it on Governor Lisa Ortega.", "blamed", "Lisa Ortega"),
        ("Mayor Tom Rankin blamed the riot on Iran.", "blamed", "Iran"),
        (
            "Mayor Tom Rankin blamed Lisa Ortega's fall in the polls on Senator Mike Dunn.",
            "blamed",
            "Mike Dunn",
        ),
    ],
)
def test_blame_laid_on_a_party_is_aimed_at_it(text: str, trigger: str, target: str) -> None:
    actors, recipients = _sides(text, trigger)
    assert actors == ["Tom Rankin"]
    assert recipients == [target]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Mayor Tom Rankin blamed Governor Lisa Ortega's fall in the polls on a bad microphone.",
            "blamed",
        ),
        ("Mayor Tom Rankin blamed his loss in the primary on a broken voting machine.", "blamed"),
        ("Mayor Tom Rankin blamed his refusal to debate Lisa Ortega on a bad cold.", "blamed"),
        ("Senator Mike Dunn credited his rival's win to a late surge in turnout.", "credited"),
        ("Mayor Tom Rankin blamed the delay on heavy snow.", "blamed"),
    ],
)
def test_a_party_s_deed_laid_on_a_thing_is_an_excuse(text: str, trigger: str) -> None:
    """The cause is the one blamed: a deed or fortune put down to a thing blames no one, its
    owner included, wherever the parse hangs the cause phrase (on the verb, its infinitive or
    the thing)."""
    assert trigger not in [t for _, t in typed_triggers(LEAD + text)]


def test_a_blamed_party_keeps_its_reading() -> None:
    text = "Mayor Tom Rankin blamed Governor Lisa Ortega for the blackout on Monday."
    assert _sides(text, "blamed")[1] == ["Lisa Ortega"]


@pytest.mark.parametrize(
    "text",
    [
        "The fever outbreak has been blamed on dirty wells and crowded housing.",
        "The power cut was blamed on a faulty cable.",
        "The derailment, blamed on worn rails, closed the line for a week.",
    ],
)
def test_blame_laid_only_on_things_accuses_no_one(text: str) -> None:
    assert "blamed" not in [t for _, t in typed_triggers(LEAD + text)]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Mayor Tom Rankin blamed Governor Lisa Ortega's budget for the layoffs.", "Lisa Ortega"),
        ("The fire was blamed on Governor Lisa Ortega.", "Lisa Ortega"),
    ],
)
def test_blame_of_a_thing_a_party_owns_or_names_stays(text: str, target: str) -> None:
    (result,) = run_texts(LEAD + text, date="2016-05-02")
    recipients = [r.name for r in event_at(result, "blamed").recipients]
    assert any(target in name for name in recipients)


def test_blame_of_a_thing_a_party_names_stays() -> None:
    text = "Mayor Tom Rankin blamed Republican tax cuts for the budget gap."
    assert ("ACCUSE", "blamed") in typed_triggers(LEAD + text)
