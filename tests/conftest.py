"""Shared fixtures: the reference article, processed once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pydantic import BaseModel
from spacy.tokens import Doc, Token

from eventwire.ingest import RawDocument, read_inputs
from eventwire.model import Actor, ArticleResult, ErrorReason, Event, Evidence, Participant
from eventwire.parse.nlp import load_nlp
from eventwire.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "samples" / "tass-belarus-drills.txt"
TODAY = date(2026, 11, 25)


Dyad = tuple[str, list[str | None], list[str | None]]  # type, source and target countries


def run_texts(*texts: str, **metadata: str | None) -> list[ArticleResult]:
    """Process in-memory texts, as a user's JSONL would arrive. A stage that fails fails the
    test: the pipeline records the failure and goes on, which would let a test that expects
    no event pass on an article whose events stage crashed."""
    docs = [RawDocument(id=f"doc{i}", text=t, **metadata) for i, t in enumerate(texts)]
    results = list(process(docs, today=TODAY))
    failed = [e for r in results for e in r.errors if e.reason == ErrorReason.STAGE_FAILED]
    assert not failed, failed
    return results


def event_at(result: ArticleResult, trigger: str) -> Event:
    """The first event an article result tells with this trigger text."""
    return next(e for e in result.events if e.trigger.text == trigger)


def event_types(text: str, date: str | None = None) -> list[str]:
    """The PLOVER types of the events found in one text (of that date, where one is given), in
    order."""
    (result,) = run_texts(text, **({"date": date} if date else {}))
    return [e.type for e in result.events]


def mention_texts(text: str, date: str) -> set[str]:
    """The texts of the actor mentions found in one article of that date."""
    (result,) = run_texts(text, date=date)
    return {m.evidence.text for m in result.mentions}


def typed_triggers(text: str) -> list[tuple[str, str]]:
    """(PLOVER type, trigger text) of the events found in one text, in order."""
    (result,) = run_texts(text)
    return [(e.type, e.trigger.text) for e in result.events]


def typed_modalities(text: str) -> list[tuple[str, str]]:
    """(PLOVER type, modality) of the events found in one text, in order."""
    (result,) = run_texts(text)
    return [(e.type, e.modality.value) for e in result.events]


def speakers_and_contents(text: str) -> list[tuple[str | None, str]]:
    """Each quote of one text: the words naming its speaker and its content."""
    return [(speaker, content) for content, speaker in contents_and_speakers(text)]


def contents_and_speakers(text: str) -> list[tuple[str, str | None]]:
    """Each quote of one text: its content and the words naming its speaker."""
    (result,) = run_texts(text)
    return [
        (q.content.text, q.speaker.mention.text if q.speaker.mention else None)
        for q in result.quotes
    ]


def actor_codes(
    text: str, name: str, date: str | None = "2016-05-02"
) -> tuple[str | None, str | None]:
    """The (country, sector) codes of the actor named `name` in one text (None where absent);
    an actor shown by its full name ("Barack Obama") is found by the form the text wrote
    ("Obama") too."""
    (result,) = run_texts(text, date=date)
    actor = named_actor(result, name)
    country = actor.country.value if actor.country else None
    return country, actor.sector.value if actor.sector else None


def named_actor(result: ArticleResult, name: str) -> Actor:
    """The actor of that name, else the one a mention of which reads so."""
    by_name = [a for a in result.actors if a.name == name]
    mentioned = {m.actor_id for m in result.mentions if m.evidence.text == name}
    return next(iter(by_name), None) or next(a for a in result.actors if a.id in mentioned)


def actor_sector(text: str, name: str, date: str = "2016-05-02") -> str | None:
    """The sector code of the actor named `name` in one text (None when it has no sector)."""
    return actor_codes(text, name, date)[1]


def named_sides(text: str, type_: str) -> tuple[list[str], list[str]]:
    """The source and target names of the first event of this type in one text of 2016-05-02."""
    (result,) = run_texts(text, date="2016-05-02")
    event = next(e for e in result.events if e.type == type_)
    return [a.name for a in event.actors], [r.name for r in event.recipients]


def trigger_sides(text: str, type_: str) -> list[tuple[str, list[str], list[str]]]:
    """(trigger, source names, target names) of each event of this type coded in one text."""
    (result,) = run_texts(text)
    return [
        (e.trigger.text, [a.name for a in e.actors], [r.name for r in e.recipients])
        for e in result.events
        if e.type == type_
    ]


def event_sides(text: str) -> list[tuple[str, str, str]]:
    """(type, sources, targets) of each event coded in a text, each side's names joined by
    commas ("" for a side the text does not tell)."""
    result = run_texts(text)[0]
    return [(e.type, joined_names(e.actors), joined_names(e.recipients)) for e in result.events]


def accusation_sides(text: str) -> list[tuple[str, str]]:
    """(sources, targets) of each ACCUSE event coded in a text."""
    return [(source, target) for type_, source, target in event_sides(text) if type_ == "ACCUSE"]


def judged_sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, doers' names, targets' names) of each accusation or backing (ACCUSE, SUPPORT)
    coded in one text."""
    (result,) = run_texts(text, date="2019-06-11")
    return [
        (e.type, [a.name for a in e.actors], [r.name for r in e.recipients])
        for e in result.events
        if e.type in {"ACCUSE", "SUPPORT"}
    ]


def countries_of(participants: list[Participant]) -> set[str]:
    """The countries coded on an event's sources or targets (uncoded ones left out)."""
    return {p.country for p in participants if p.country}


def joined_names(parties: list[Participant]) -> str:
    return ",".join(p.name for p in parties)


def coded_events(text: str, date: str) -> list[tuple[str, str, list[str], list[str]]]:
    """Type, CAMEO code, doers' and targets' words of each event found in one text."""
    (result,) = run_texts(text, date=date)
    return [
        (
            e.type,
            e.cameo or "",
            [p.mention.text for p in e.actors],
            [p.mention.text for p in e.recipients],
        )
        for e in result.events
    ]


def event_dyads(
    text: str, **metadata: str | None
) -> list[tuple[str, list[str | None], list[str | None]]]:
    """(type, source countries, target countries) of each event of one text, in order."""
    (result,) = run_texts(text, **metadata)
    return [
        (e.type, [a.country for a in e.actors], [r.country for r in e.recipients])
        for e in result.events
    ]


def quote_speakers(text: str) -> list[str | None]:
    """The words naming each quote's speaker in one text (None where none is named)."""
    (result,) = run_texts(text)
    return [q.speaker.mention.text if q.speaker.mention else None for q in result.quotes]


def triggered_types(text: str) -> list[tuple[str, str]]:
    """(trigger text, PLOVER type) of the events found in one text, in order."""
    (result,) = run_texts(text)
    return [(e.trigger.text, e.type) for e in result.events]


def named_dyads(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, sources' names, targets' names) of each event coded in one text."""
    (result,) = run_texts(text)
    return [
        (e.type, [a.name for a in e.actors], [r.name for r in e.recipients]) for e in result.events
    ]


def doer_names(text: str, trigger: str) -> list[str]:
    """The names of the sources of the event told by this trigger in one text."""
    (result,) = run_texts(text)
    return [p.name for p in event_at(result, trigger).actors]


def target_names(text: str, trigger: str) -> list[str]:
    """The names of the targets of the event told by this trigger in one text."""
    (result,) = run_texts(text)
    return [p.name for p in event_at(result, trigger).recipients]


def typed_targets(text: str, type_: str) -> list[list[tuple[str, str | None]]]:
    """The names and countries of the targets of each event of this type in one text."""
    (result,) = run_texts(text, date="2016-01-01")
    events = [e for e in result.events if e.type == type_]
    return [[(r.name, r.country) for r in e.recipients] for e in events]


def event_of_type(result: ArticleResult, type_: str) -> Event:
    """The one event of this type in an article result."""
    (event,) = [e for e in result.events if e.type == type_]
    return event


def actor_country(result: ArticleResult, name: str) -> str | None:
    """The country code of the actor of that name (None where it has none)."""
    found = named_actor(result, name)
    return found.country.value if found.country else None


def mentions_by_actor(text: str, date: str) -> dict[str, list[str]]:
    """Each actor's name with the texts of its mentions, in one text of that date."""
    (result,) = run_texts(text, date=date)
    texts = {m.id: m.evidence.text for m in result.mentions}
    return {a.name: [texts[i] for i in a.mention_ids] for a in result.actors}


def evidences(value: object) -> list[Evidence]:
    """Every Evidence inside a record, however deeply nested."""
    if isinstance(value, Evidence):
        return [value]
    if isinstance(value, BaseModel):
        return [e for name in type(value).model_fields for e in evidences(getattr(value, name))]
    if isinstance(value, list):
        return [e for item in value for e in evidences(item)]
    return []


@pytest.fixture(scope="session")
def reference() -> ArticleResult:
    (result,) = process(read_inputs([str(REFERENCE)]), today=TODAY)
    return result


pytest_plugins = ["tests.store_fixtures"]


def word_in(doc: Doc, text: str) -> Token:
    """The first token of `doc` written as `text`."""
    return next(t for t in doc if t.text == text)


def repaired(pipe: str, parse: dict[str, list], pos: list[str], lemmas: list[str]) -> Doc:
    """A Doc carrying exactly the given parse (words, tags, heads, deps), run through one parse
    repair of the pipeline: the small model's misparses are hard to reproduce from text."""
    nlp = load_nlp()
    return nlp.get_pipe(pipe)(Doc(nlp.vocab, **parse, pos=pos, lemmas=lemmas))
