"""A headline's present verb that the tagger reads as a noun or an adjective ("Activists mock
bids ...": "mock bids" as one noun phrase; "skywriters blast Trump": "skywriters" as the verb)
is found by parsing the line again with the verb in the past, and read as the verb it is. A line
that has its verb, or whose new parse is no better, is read as before."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from eventwire.ingest import RawDocument
from eventwire.model import ErrorReason
from eventwire.parse import recase
from eventwire.pipeline import process

from .conftest import TODAY, run_texts

LEDE = (
    "\n\nThe statement, posted online late on Sunday evening, drew wide attention from officials"
    " and reporters in the capital, who said it was the third such statement this month."
)
SKYWRITERS = (
    "Rose Parade skywriters blast Trump.\n\nA handful of skywriters filled the sky above the"
    " parade on Friday with messages mocking Donald Trump, the Republican presidential candidate."
)


def _headline_events(text: str) -> list[tuple[str, str, list[str]]]:
    """Type, trigger and doers of each event told in the first line."""
    (result,) = run_texts(text)
    end = text.index("\n")
    return [
        (e.type, e.trigger.text, [p.name for p in e.actors])
        for e in result.events
        if e.trigger.start < end
    ]


def test_adjective_read_verb_is_the_headline_act() -> None:
    assert _headline_events("Activists mock bids to ban the rally." + LEDE) == [
        ("ACCUSE", "mock", ["Activists"])
    ]


def test_noun_read_as_verb_leaves_no_attack() -> None:
    assert "ASSAULT" not in [t for t, _, _ in _headline_events(SKYWRITERS)]


@pytest.mark.parametrize(
    "headline",
    [
        "Daggers drawn as Trump, Cruz wage delegate warfare.",  # its verb is "drawn"
        # "Trump carded for" parses "Trump" as a verb, no better than the first parse; taken,
        # it would read "Census roundup" as an arrest by the Census
        "Trump card for Census roundup;",
    ],
)
def test_lines_left_as_parsed(headline: str) -> None:
    assert _headline_events(headline + LEDE) == []


def test_named_object_of_a_headline_verb_stays_a_person() -> None:
    text = (
        "ESPN Fires Schilling Over an Offensive Post.\n\nESPN fired Curt Schilling on Wednesday"
        " over a post he shared, the network said in a statement."
    )
    assert ("SANCTION", "Fires", ["ESPN"]) in _headline_events(text)


def test_a_reparse_spacy_refuses_leaves_the_headline_as_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refused(*_: object) -> None:
        raise ValueError("[E190] Token head out of range")

    monkeypatch.setattr(recase, "reparse_headline_verbs", refused)
    assert ("ACCUSE", "mock", ["Activists"]) not in _headline_events(
        "Activists mock bids to ban the rally." + LEDE
    )


def test_a_fault_in_the_reparse_is_recorded_for_its_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def faulty(*_: object) -> None:
        raise TypeError("a bug in the reparse")

    monkeypatch.setattr(recase, "reparse_headline_verbs", faulty)
    (result,) = process([RawDocument(id="doc0", text=SKYWRITERS)], today=TODAY)
    assert [(e.stage, e.reason) for e in result.errors] == [("parse", ErrorReason.STAGE_FAILED)]


def test_a_fault_in_one_articles_reparse_costs_only_that_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reparse = recase.reparse_headline_verbs

    def faulty(doc: Doc, lines: list[tuple[int, int]]) -> None:
        if "skywriters" in doc.text:
            raise TypeError("a bug in the reparse")
        reparse(doc, lines)

    monkeypatch.setattr(recase, "reparse_headline_verbs", faulty)
    good = "Activists mock bids to ban the rally." + LEDE
    texts = [good, SKYWRITERS, good]
    raws = [RawDocument(id=f"doc{i}", text=text) for i, text in enumerate(texts)]
    first, broken, last = process(raws, today=TODAY)
    assert [(e.stage, e.reason) for e in broken.errors] == [("parse", ErrorReason.STAGE_FAILED)]
    for result in (first, last):  # parsed again alone, from tokens the batch had parsed
        assert result.errors == []
        assert ("ACCUSE", "mock") in [(e.type, e.trigger.text) for e in result.events]
