"""Political camps named by their creed in lower case are groups of the home country: no sector
as a camp, civilians when the text counts them as a crowd."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_camp_named_in_lower_case_is_a_home_group_of_no_sector() -> None:
    text = (
        "OTTAWA (Reuters) - The minister has not decided whether to include a public pension "
        "plan, which progressives demand and the premier opposes."
    )
    assert actor_codes(text, "progressives") == ("CAN", None)


def test_a_counted_camp_is_a_crowd_of_civilians() -> None:
    text = "LIMA (AP) - About 3,000 red-capped nationalists rallied outside the Congress building."
    assert actor_codes(text, "red-capped nationalists") == ("PER", "CVL")
