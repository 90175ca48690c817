"""A person told again by their office's bare noun ("the speaker") is the one person named
before whose title in the text, or whose office on the article's day, has that noun as its
head; the event the description takes part in then names that person. Two such people, or a
speaker of another kind ("the keynote speaker", "a guest speaker"), leave it unlinked."""

from __future__ import annotations

from functools import partial

from tests.conftest import mentions_by_actor, run_texts

DAY = "2013-06-12"


_mentions = partial(mentions_by_actor, date=DAY)


def _dyads(text: str) -> list[tuple[str, list[str], list[str]]]:
    """Each event's type with the names of its sources and targets."""
    (result,) = run_texts(text, date=DAY)
    return [
        (e.type, [str(p.name) for p in e.actors], [str(p.name) for p in e.recipients])
        for e in result.events
    ]


def test_the_speaker_is_the_speaker_of_the_day_named_before() -> None:
    text = (
        "WASHINGTON (AP) _ John Boehner met a group of farmers on Tuesday. "
        "The speaker criticized the Agriculture Department for the delays."
    )
    assert "The speaker" in _mentions(text)["John Boehner"]


def test_an_event_owned_by_the_speaker_takes_the_speaker_as_its_target() -> None:
    text = (
        "WASHINGTON (AP) _ John Boehner met Harry Reid on Tuesday. "
        "Reid praised the speaker's farm bill."
    )
    assert ("SUPPORT", ["Harry Reid"], ["John Boehner"]) in _dyads(text)


def test_a_speaker_titled_in_the_text_is_the_speaker() -> None:
    text = (
        "Assembly Speaker Odile Marchetti met the mayor of Tulsa on Friday. "
        "The speaker accused the mayor of hiding the budget."
    )
    assert "The speaker" in _mentions(text)["Odile Marchetti"]


def test_two_speakers_in_play_leave_the_speaker_unlinked() -> None:
    text = (
        "Assembly Speaker Odile Marchetti met Parliament Speaker Ruben Castellanos on Friday. "
        "The speaker accused the mayor of hiding the budget."
    )
    mentions = _mentions(text)
    assert "The speaker" not in mentions.get("Odile Marchetti", [])
    assert "The speaker" not in mentions.get("Ruben Castellanos", [])


def test_a_speaker_of_another_kind_is_no_officeholder() -> None:
    text = (
        "Assembly Speaker Odile Marchetti opened the conference on Friday. "
        "The keynote speaker criticized the governor, and a guest speaker praised him."
    )
    mentions = _mentions(text)
    assert mentions["Odile Marchetti"] == ["Odile Marchetti"]
    assert not any("speaker" in name.lower() for name in mentions)


def test_the_house_speaker_is_the_table_speaker_of_the_day() -> None:
    text = (
        "WASHINGTON (AP) _ John Boehner met Harry Reid on Tuesday. "
        "Reid criticized the House speaker for the delay."
    )
    assert "the House speaker" in _mentions(text)["John Boehner"]
