"""A spokesperson whom only the title "spokesman" would code as a state's speaks for the firm
or charity the story has just named; a ministry named closer, or an employer the title names
itself ("a spokesman for ..."), still decides."""

from __future__ import annotations

from tests.conftest import actor_codes


def test_a_spokeswoman_after_a_firm_speaks_for_the_firm() -> None:
    text = (
        "Exxon Mobil raised its prices on Monday. The company acted after a long review, "
        "a spokeswoman, Mary Lenz, said on Tuesday."
    )
    assert actor_codes(text, "Mary Lenz") == ("USA", "BUS")


def test_a_spokesman_after_a_charity_speaks_for_the_charity() -> None:
    text = "The Red Cross sent aid to the town. A spokesman, Tom Keel, said the trucks would come."
    assert actor_codes(text, "Tom Keel")[1] == "NGO"


def test_a_ministry_named_closer_keeps_its_spokeswoman() -> None:
    text = (
        "Exxon Mobil raised its prices on Monday. The Interior Ministry then raised fees, "
        "a spokeswoman, Mary Lenz, said."
    )
    assert actor_codes(text, "Mary Lenz")[1] == "GOV"


def test_a_spokesman_for_a_named_person_is_not_the_last_firms() -> None:
    text = (
        "The Dallas Cowboys won on Sunday. A spokesman for Bernie Sanders, Jim Hale, said "
        "the senator would watch."
    )
    assert actor_codes(text, "Jim Hale")[1] != "BUS"
