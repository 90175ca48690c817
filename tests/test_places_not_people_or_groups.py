"""Capitalised words that are no toponyms though a gazetteer or NER may take them: titles and
groups of people, demonyms, names with a digit (armed groups, summits, aircraft), seats of
government (metonyms are actors); and a town among same-named ones lies in the dateline's
state."""

from __future__ import annotations

import pytest

from eventwire.places.toponyms import _with_next_word
from tests.conftest import run_texts


def _places(text: str, date: str = "2015-06-10") -> dict[str, tuple[str | None, str | None]]:
    (result,) = run_texts(text, date=date)
    return {p.evidence.text: (p.country, p.admin1) for p in result.places}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "LA CEIBA, Honduras (AP) _ Gunmen ambushed a bus carrying nurses to a clinic in "
            "northern Honduras on Monday, burning two cars, police said.",
            "Gunmen",
        ),
        ("Secretary-General Ana Ruiz condemned the raid in Mombasa on Friday.", "Secretary"),
        ("In Oslo, Secretary of State Tom Hale met Norwegian officials.", "Secretary"),
        ("Two F23 commanders surrendered near Kasese, the Ugandan army said.", "F23"),
        ("G20 leaders met in Osaka on Friday.", "G20"),
        (
            "VIENTIANE, Laos (AFP) - Thai and Laotian troops exchanged fire near the Mekong "
            "on Monday, officials said.",
            "Thai",
        ),
        (
            "Monitors from the Organization for Security and Cooperation in Europe said the "
            "vote in Tbilisi was flawed.",
            "Europe",
        ),
        ("Ministers met at the Matignon in Paris before the vote.", "Matignon"),
        ("The Elysee said the president would fly to Brest.", "Elysee"),
    ],
)
def test_word_that_names_no_place_is_no_place(text: str, word: str) -> None:
    assert not any(word in name for name in _places(text))


def test_a_title_word_that_is_a_country_stays_a_place() -> None:
    assert _places("Officials in Chad said the talks would resume.")["Chad"][0] == "TCD"


def test_a_town_called_like_a_known_persons_surname_stays_a_place() -> None:
    """A lone 'Warren' that the actors stage gives its known person's full name is no full
    name the article wrote, so the town stays a place; a person the article names in full
    still keeps her surname from being one."""
    town = "Volunteers at a shelter near Warren said they had seen no sick residents this week."
    assert "Warren" in _places(town, date="2016-06-01")
    named = "Senator Elizabeth Warren spoke in Boston on Monday. Warren said the bill was wrong."
    assert "Warren" not in _places(named, date="2016-06-01")


@pytest.mark.parametrize(
    ("lead", "town", "state"),
    [
        ("ORANGEBURG, S.C., Jan. 19 -- ", "Columbia", "South Carolina"),
        ("JACKSON, Miss. (AP) - ", "Columbia", "Mississippi"),
        ("PORTLAND, Maine (AP) — ", "Portland", "Maine"),
        ("COLUMBUS, Ga. (AP) — ", "Columbus", "Georgia"),
    ],
)
def test_same_named_town_lies_in_the_datelines_state(lead: str, town: str, state: str) -> None:
    text = f"{lead}The governor toured flood damage in {town} on Monday."
    places = _places(text)
    assert places[town] == ("USA", state)


def test_a_place_name_ner_cut_short_takes_its_next_word() -> None:
    """NER may tag only 'Stung' of 'Stung Treng': the next capitalised word belongs to the
    name when the two are a gazetteer entry's own name; a following common word does not."""
    text = "Villagers in Cambodia's Stung Treng province fled west."
    start = text.index("Stung")
    assert _with_next_word(text, (start, start + len("Stung"))) == (start, start + 11)
    cambodia = text.index("Cambodia")
    assert _with_next_word(text, (cambodia, cambodia + 8)) == (cambodia, cambodia + 8)
