""" "It" or "they" after a sentence whose main clause is only the speaker's frame ("We know the
ministry withheld the files. It ..."): the pronoun goes on with the subject of the framed clause,
which tells the news; a frame with a third-person subject keeps that subject.
"""

from __future__ import annotations

from tests.conftest import run_texts


def _doers(text: str, trigger: str, date: str = "2015-06-01") -> list[str]:
    (result,) = run_texts(text, date=date)
    (event,) = [e for e in result.events if e.trigger.text == trigger]
    return [p.name for p in event.actors]


def test_it_after_we_believe_is_the_framed_clauses_subject() -> None:
    text = "We believe Russia attacked the convoy. It also shelled the town."
    assert _doers(text, "shelled") == ["Russia"]


def test_it_after_i_suspect_is_the_framed_clauses_subject() -> None:
    text = "I suspect Iran armed the militia last year. It also sent them money and rockets."
    assert _doers(text, "sent") == ["Iran"]


def test_it_after_a_named_frame_keeps_the_frames_subject() -> None:
    text = "Turkey said Russia attacked the convoy. It also shelled the town near the border."
    assert _doers(text, "shelled") == ["Turkey"]
