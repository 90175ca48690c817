"""A group placed in a region that was part of another state on the article's day belongs to
the state of the day: "ethnic Albanians in Kosovo" in 1998 are Yugoslavia's."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_group_in_kosovo_in_1998_is_yugoslav() -> None:
    text = "ANKARA, Turkey (AP) - Ethnic Albanians in Kosovo demanded independence on Sunday."
    assert actor_codes(text, "Ethnic Albanians in Kosovo", "1998-03-08") == ("YUG", "CVL")
