"""Works put out in their makers' names act for them (analyst reading, session 48, read48e).

A book, a film, a Web video or an editorial that accuses or blames a party is an accusation by
whoever made it, as a letter or an ad is: "the book accuses the officer of ...", "released a
video that accuses the senator of ..." are ACCUSE events, not sentences with nothing coded.
"""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _accusations(result: ArticleResult) -> list[tuple[list[str], list[str]]]:
    return [
        ([p.name for p in e.actors], [p.name for p in e.recipients])
        for e in result.events
        if e.type == "ACCUSE"
    ]


def test_a_book_that_accuses_a_person_is_an_accusation() -> None:
    (result,) = run_texts(
        "The book accuses Colonel Ray Dalton of abandoning his unit during the siege."
    )
    assert ([], ["Ray Dalton"]) in _accusations(result)


def test_a_video_a_senator_released_accuses_for_the_senator() -> None:
    (result,) = run_texts(
        "Senator Tom Avery has released a Web video that accuses Governor Lisa Marsh of "
        "hiding the budget deficit."
    )
    assert (["Tom Avery"], ["Lisa Marsh"]) in _accusations(result)


def test_a_video_that_only_shows_something_codes_no_accusation() -> None:
    (result,) = run_texts("The campaign released a video showing the governor at a county fair.")
    assert _accusations(result) == []
