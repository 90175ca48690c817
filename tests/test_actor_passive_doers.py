"""One person named only as the doer of a passive act ("was shot by a police officer") is
the act's source: of the article's home or the country its words name, with its title's
sector, and no sector for a private person."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts

HOME = "WASHINGTON (AP) -- Civil rights groups marched in the capital on Monday. "


def _doer(text: str, type_: str) -> tuple[str, str | None, str | None]:
    """The head word, country and sector of the first source of the first event of the type."""
    (result,) = run_texts(HOME + text, date="2016-05-02")
    event = next(e for e in result.events if e.type == type_)
    doer = event.actors[0]
    return doer.name.split()[-1], doer.country, doer.sector


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Walter Scott was shot to death last April by a North Charleston police officer.",
            ("officer", "USA", "COP"),
        ),
        (
            "Rakeem Jones was punched in the face by a Trump supporter on Wednesday.",
            ("supporter", "USA", None),
        ),
        (
            "Trayvon Martin was fatally shot in 2012 by a neighborhood watch volunteer.",
            ("volunteer", "USA", None),
        ),
        ("The consul was attacked in Riyadh by a Saudi man.", ("man", "SAU", None)),
        (
            "A second suspect was shot on Friday by another police officer.",
            ("officer", "USA", "COP"),
        ),
    ],
)
def test_the_by_agent_of_a_passive_act_is_its_source(
    text: str, doer: tuple[str, str | None, str | None]
) -> None:
    assert _doer(text, "ASSAULT") == doer


def test_a_thing_as_the_by_agent_is_no_source() -> None:
    (result,) = run_texts(
        HOME + "Only one person was killed by a gun last year.", date="2016-05-02"
    )
    event = next(e for e in result.events if e.type == "ASSAULT")
    assert not event.actors


def test_the_last_word_of_a_title_with_of_is_no_person() -> None:
    """ "state" ends "secretary of state" but names no person: "by a state" is no person doer."""
    (result,) = run_texts(
        HOME + "The reporters were detained on Friday by a state.", date="2016-05-02"
    )
    event = next(e for e in result.events if e.type == "COERCE")
    assert "a state" not in [p.name for p in event.actors]
