"""Speakers of participle cues that modify a noun: the noun the participle describes says it
("A petition calling on …", "the proportion of nurses saying …")."""

from __future__ import annotations

from tests.conftest import run_texts


def said(text: str) -> list[tuple[str, str | None]]:
    (result,) = run_texts(text)
    return [
        (q.content.text, q.speaker.mention.text if q.speaker.mention else None)
        for q in result.quotes
    ]


def test_a_petition_calling_for_something_speaks() -> None:
    text = (
        "A petition calling on the mayor to resign over the contract scandal has gathered "
        "40,000 signatures.\n"
    )
    assert said(text) == [("to resign over the contract scandal", "A petition")]


def test_the_people_counted_say_it_not_the_count() -> None:
    text = "The proportion of nurses saying they plan to leave the profession has doubled.\n"
    assert said(text) == [("they plan to leave the profession", "nurses")]
