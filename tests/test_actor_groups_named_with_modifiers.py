"""Groups named by a modified plural noun are named with their modifiers ("hard-line Buddhist
monks", "other left-wing Peruvian deputies"), as readers name them; a faith, a people or a
region before the noun gives no country by itself, so the group is the story's own; a
body's staff work in its sector; and a few group nouns and titles news shows acting."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes, actor_sector, run_texts

LIMA = "LIMA, Peru (AP) _ "


def _mention_codes(text: str, mention: str) -> tuple[str | None, str | None]:
    """The codes of the actor one of whose mentions reads `mention` (absent: an error)."""
    (result,) = run_texts(text, date="2016-05-02")
    ids = {m.actor_id for m in result.mentions if m.evidence.text == mention}
    actor = next(a for a in result.actors if a.id in ids)
    return (
        actor.country.value if actor.country else None,
        actor.sector.value if actor.sector else None,
    )


@pytest.mark.parametrize(
    ("text", "mention", "codes"),
    [
        (
            LIMA + "Hard-line Catholic priests attacked the mayor.",
            "Hard-line Catholic priests",
            ("PER", "REL"),
        ),
        (
            LIMA + "Several Muslim farmers blocked the road on Monday.",
            "Several Muslim farmers",
            ("PER", "CVL"),
        ),
        (
            LIMA + "Other left-wing Peruvian deputies condemned the decree.",
            "Other left-wing Peruvian deputies",
            ("PER", "LEG"),
        ),
    ],
)
def test_a_group_is_named_with_its_modifiers(
    text: str, mention: str, codes: tuple[str, str]
) -> None:
    assert _mention_codes(text, mention) == codes


def test_a_region_before_voters_names_their_descent_not_many_states() -> None:
    text = LIMA + 'The minister said "African voters are staying home" on Sunday.'
    assert _mention_codes(text, "African voters") == ("PER", "CVL")


def test_a_quote_spaced_from_the_word_before_opens_a_quotation_not_a_label() -> None:
    text = LIMA + 'He warned that "students are marching" and that "farmers are angry."'
    (result,) = run_texts(text)
    mentions = {m.evidence.text for m in result.mentions}
    assert "farmers" in mentions
    assert not any(text.startswith('"') for text in mentions)


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        (
            "Three Reuters staffers were detained in Cairo on Monday.",
            "Reuters staffers",
            ("GBR", "MED"),
        ),
        ("Google employees protested the Pentagon contract.", "Google employees", ("USA", "BUS")),
    ],
)
def test_a_bodys_staff_work_in_its_sector(text: str, name: str, codes: tuple[str, str]) -> None:
    assert actor_codes(text, name) == codes


def test_one_staffer_stays_a_person_named_by_the_title() -> None:
    (result,) = run_texts("A Google spokesman denied the report on Monday.")
    assert not any(a.name == "Google spokesman" for a in result.actors)


@pytest.mark.parametrize(
    ("text", "name", "codes"),
    [
        (
            LIMA + "The conference attendees booed the minister.",
            "The conference attendees",
            ("PER", "CVL"),
        ),
        (
            "JACKSON, Miss. (AP) _ County clerks refused to issue the licenses.",
            "County clerks",
            ("USA", "GOV"),
        ),
        (
            LIMA + "Political prisoners began a hunger strike.",
            "Political prisoners",
            ("PER", "OPP"),
        ),
    ],
)
def test_group_nouns_news_shows_acting(text: str, name: str, codes: tuple[str, str]) -> None:
    assert actor_codes(text, name) == codes


def test_a_challenger_in_a_race_is_a_candidate() -> None:
    text = "The senator will face challenger Tom Walsh in the primary on Tuesday."
    assert actor_sector(text, "Tom Walsh") == "PTY"


def test_the_opposition_party_of_burma_before_it_governed() -> None:
    text = "RANGOON, Burma - The National League for Democracy accused the army of fraud."
    assert actor_codes(text, "National League for Democracy", "2015-11-10") == ("MMR", "OPP")
