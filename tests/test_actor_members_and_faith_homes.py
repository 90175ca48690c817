"""Members named by the body they belong to act as the body does ("members of the press" are
news media, "members of the army" its forces), unless a noun makes them another body's
("family members of the gunmen"); followers of a faith named with a state ("Canadian
Muslims", "Hindus in Kenya") are that state's people, bare "Muslims" no state's."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts

DATELINE = "OTTAWA (AP) -- "


def codes(text: str, words: str) -> tuple[str | None, str | None]:
    """Country and sector of the actor whose name is `words`."""
    (result,) = run_texts(DATELINE + text, date="2019-10-03")
    actor = next(a for a in result.actors if a.name == words)
    return actor.country and actor.country.value, actor.sector and actor.sector.value


@pytest.mark.parametrize(
    ("text", "words", "sector"),
    [
        ("The minister mocked members of the press.", "members of the press", "MED"),
        ("Several members of the army refused to fire.", "Several members of the army", "MIL"),
    ],
)
def test_members_of_a_body_take_its_sector(text: str, words: str, sector: str) -> None:
    assert codes(text, words)[1] == sector


def test_family_members_are_not_the_body_they_are_kin_to() -> None:
    text = "Police questioned family members of the rebels on Friday."
    assert codes(text, "family members of the rebels")[1] == "CVL"


@pytest.mark.parametrize(
    ("text", "words", "country"),
    [
        ("Canadian Muslims rallied outside parliament on Sunday.", "Canadian Muslims", "CAN"),
        ("Hindus in Kenya marched through Nairobi on Sunday.", "Hindus", "KEN"),
    ],
)
def test_followers_of_a_faith_named_with_a_state_are_its(
    text: str, words: str, country: str
) -> None:
    assert codes(text, words)[0] == country


def test_followers_of_a_faith_named_alone_have_no_state() -> None:
    assert codes("Muslims rallied outside parliament on Sunday.", "Muslims")[0] is None
