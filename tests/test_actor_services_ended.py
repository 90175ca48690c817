"""A person known by a service that has ended has no sector (the coding rules' former-role
rule), though the description names the body once served: "a retired Forest Service ranger",
"a veteran of the Navy". A body served now still gives its sector."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lou Diaz, a retired Forest Service ranger, criticized the governor.", "Lou Diaz"),
        ("Jill Marsh, a veteran of the Navy, praised the candidate.", "Jill Marsh"),
    ],
)
def test_a_body_served_once_gives_no_sector(text: str, name: str) -> None:
    assert actor_sector(text, name) is None


def test_a_body_served_now_gives_its_sector() -> None:
    text = "Jill Marsh, a spokeswoman for the Navy, praised the candidate."
    assert actor_sector(text, "Jill Marsh") == "MIL"


def test_a_past_word_before_a_long_title_reaches_the_titles_noun() -> None:
    text = "The panel questioned former deputy assistant secretary of state Mara Quill on Monday."
    assert actor_sector(text, "Mara Quill", "2016-02-19") is None
