"""A "Speaker: claim" headline quotes the speaker: a verdict in the claim is the speaker's
accusation or praise of the party the claim names, and a Title-Case headline name the tagger
leaves unnamed is the story's name it is a word of."""

from __future__ import annotations

from eventwire.model import Event

from .conftest import run_texts

BODY = "\n\n{speaker} spoke on Tuesday in {place} about {target}."


def _headline_events(headline: str, speaker: str, place: str, target: str) -> list[Event]:
    text = headline + BODY.format(speaker=speaker, place=place, target=target)
    (result,) = run_texts(text, date="2016-05-02")
    return [e for e in result.events if e.trigger.start < len(headline)]


def _dyad(event: Event) -> tuple[str, list[str], list[str]]:
    return event.type, [p.name for p in event.actors], [p.name for p in event.recipients]


def test_insult_after_colon_accuses_the_named_party() -> None:
    (event,) = _headline_events(
        "Warren: Pence 'a disgrace' on trade.", "Senator Elizabeth Warren", "Boston", "Mike Pence"
    )
    assert _dyad(event) == ("ACCUSE", ["Elizabeth Warren"], ["Mike Pence"])
    assert event.modality == "occurred"


def test_merit_after_colon_praises_the_named_party() -> None:
    (event,) = _headline_events(
        "Obama: Trudeau 'a great leader'.", "Barack Obama", "Ottawa", "Justin Trudeau"
    )
    assert _dyad(event) == ("SUPPORT", ["Barack Obama"], ["Justin Trudeau"])


def test_merit_denied_after_colon_accuses() -> None:
    (event,) = _headline_events(
        "Abbott: Perry not honest with voters.", "Greg Abbott", "Austin", "Rick Perry"
    )
    assert _dyad(event) == ("ACCUSE", ["Greg Abbott"], ["Rick Perry"])
    assert event.modality == "occurred"


def test_label_or_claim_without_verdict_codes_nothing() -> None:
    assert not _headline_events(
        "Breaking: Kasich a disgrace, say critics.", "The senator", "Ohio", "John Kasich"
    )
    assert not _headline_events(
        "Trudeau: Canada's economy is strong.", "Justin Trudeau", "Ottawa", "the economy"
    )


def test_title_case_headline_subject_is_the_story_name() -> None:
    text = "Modi Praises Abe On Trade Deal.\n\nNarendra Modi met Shinzo Abe in Tokyo on Friday."
    (result,) = run_texts(text, date="2016-05-02")
    (event,) = [e for e in result.events if e.trigger.text == "Praises"]
    assert _dyad(event) == ("SUPPORT", ["Narendra Modi"], ["Shinzo Abe"])


def test_speakers_own_feeling_is_no_verdict() -> None:
    assert not _headline_events(
        "Kaine: 'We Fear The Worst' for Virginia.", "Tim Kaine", "Richmond", "Mike Pence"
    )
