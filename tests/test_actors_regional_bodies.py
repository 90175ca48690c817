"""A body named for a region ("the Council of Asian Judges") has many states' members: it does
not take the one country its sentence names, unlike a national body."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_regional_body_takes_no_country_from_its_sentence() -> None:
    asian, african = run_texts(
        "The Council of Asian Judges condemned Burma's junta.",
        "The African Lawyers Union accused Zimbabwe of torture.",
    )
    assert codes(actor(asian, "Council of Asian Judges"))[0] is None
    assert codes(actor(african, "African Lawyers Union"))[0] is None


def test_a_national_body_or_one_of_americans_by_descent_still_does() -> None:
    kenyan, descent = run_texts(
        "The Kenya Lawyers Union accused Uganda of torture.",
        "The Arab American Forum accused Egypt of torture.",
    )
    assert codes(actor(kenyan, "Kenya Lawyers Union"))[0] == "KEN"
    assert codes(actor(descent, "Arab American Forum"))[0] is not None
