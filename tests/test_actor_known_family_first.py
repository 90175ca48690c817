"""Leaders whose names are written family name first ("Xi Jinping", "Moon Jae-in") are called by
their first word alone; a Western-order name from the same states keeps its last word."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("name", "day", "codes"),
    [
        ("Xi", "2019-05-03", ("CHN", "GOV")),
        ("Moon", "2019-05-03", ("KOR", "GOV")),
        ("Tsai", "2019-05-03", ("TWN", "GOV")),
        ("Li", "2019-05-03", ("CHN", "GOV")),
    ],
)
def test_a_family_name_alone_takes_the_office_of_the_day(
    name: str, day: str, codes: tuple[str, str]
) -> None:
    text = f"GENEVA (Reuters) - {name} condemned the attack on the border post on Tuesday."
    assert actor_codes(text, name, day) == codes


def test_the_last_word_of_a_given_name_names_no_one() -> None:
    """ "Wen" is the end of Tsai Ing-wen's given name, not a surname of hers."""
    text = "GENEVA (Reuters) - Wen condemned the attack on the border post on Tuesday."
    assert actor_codes(text, "Wen", "2019-05-03") != ("TWN", "GOV")
