"""A title the text gives a known person beats a table row that ended before the article's
day, unless it is the title of that very office, left long before ("President X" years on)."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name", "day", "codes"),
    [
        (  # another office than the one the table says they left
            "Japanese envoy Makiko Tanaka met the Chinese premier in Beijing on Friday.",
            "Makiko Tanaka",
            "2005-06-03",
            ("JPN", "GOV"),
        ),
        (  # the same office months after the row ends: the table lags
            "Opposition leader Juan Guaido accused the government of fraud on Monday.",
            "Juan Guaido",
            "2023-06-05",
            ("VEN", "OPP"),
        ),
        (  # the same office left years before: a past role
            "President Itamar Franco was remembered at a ceremony in Brasilia on Monday.",
            "Itamar Franco",
            "2011-07-04",
            ("BRA", None),
        ),
    ],
)
def test_title_in_text_against_expired_row(
    text: str, name: str, day: str, codes: tuple[str | None, str | None]
) -> None:
    assert actor_codes(text, name, day) == codes


def test_title_after_a_possessive_is_the_persons_not_the_owners() -> None:
    text = "Dana Whitfield, the governor's chief strategist, told reporters the campaign was ahead."
    assert actor_codes(text, "Dana Whitfield", "2014-05-02")[1] == "PTY"


def test_chamber_word_makes_party_leaders_legislators() -> None:
    text = "The treasury warned of a default after Democratic congressional leaders balked."
    assert actor_codes(text, "Democratic congressional leaders", "2013-10-01")[1] == "LEG"
