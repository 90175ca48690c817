"""Sectors by the article gold's list (actors round 17): labour and farming groups are
civilians, a minister is GOV whatever the portfolio (defence excepted), and a member of a body
that a common noun names has its sector."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_workers_and_unions_are_civilians() -> None:
    (r,) = run_texts("Striking French workers blocked the port of Marseille on Monday.")
    assert codes(actor(r, "French workers")) == ("FRA", "CVL")


def test_health_and_justice_ministers_are_government() -> None:
    (r,) = run_texts(
        "Kenyan Health Minister Mary Wanjiru said on Tuesday that she had met the Kenyan justice"
        " minister, Peter Otieno, to discuss the new hospital law."
    )
    assert codes(actor(r, "Mary Wanjiru")) == ("KEN", "GOV")
    assert codes(actor(r, "Peter Otieno")) == ("KEN", "GOV")


def test_a_member_of_a_body_named_by_a_common_noun_takes_its_sector() -> None:
    (r,) = run_texts(
        "Ahmed Tibi, a member of the Israeli parliament, said on Monday that the plan was racist"
        " and should be dropped at once."
    )
    assert codes(actor(r, "Ahmed Tibi")) == ("ISR", "LEG")


def test_kin_of_a_group_do_not_take_its_sector() -> None:
    (r,) = run_texts(
        "Maria Lopez, the daughter of Cuban immigrants, said on Monday that the talks had"
        " failed and that the embargo should stay."
    )
    assert codes(actor(r, "Maria Lopez"))[1] is None


def test_haitian_president_and_philippine_rebels_from_the_known_table() -> None:
    (r,) = run_texts(
        "Jean-Bertrand Aristide accused the New People's Army on Tuesday of threatening the"
        " aid workers he had sent to help the farmers.",
        date="1995-03-07",
    )
    assert codes(actor(r, "Jean-Bertrand Aristide")) == ("HTI", "GOV")
    assert codes(actor(r, "New People's Army")) == ("PHL", "REB")


def test_a_title_that_ends_the_sentence_is_read_as_a_title() -> None:
    (r,) = run_texts(
        '"Passenger revenue grew faster than we planned," said Thomas Reed, chief financial'
        " officer. Traffic rose by a tenth in the quarter."
    )
    assert codes(actor(r, "Thomas Reed"))[1] == "BUS"
