"""A named person's craft of the news, the church or the academy codes them (a photographer
MED, an evangelist REL, a sociologist EDU), and so does writing on a known site; the
craft said of no one named makes no actor."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def test_a_photographer_in_apposition_is_media() -> None:
    text = '"Nobody listens," said Kara Dunmore, 29, a Detroit freelance photographer.'
    assert actor_codes(text, "Kara Dunmore")[1] == "MED"


def test_an_evangelist_before_the_name_is_religious() -> None:
    text = "Evangelist Dale Summers urged his followers to vote for the governor."
    assert actor_codes(text, "Dale Summers")[1] == "REL"


def test_a_sociologist_is_academic() -> None:
    text = '"The bill will not pass," said Marta Ellison, a sociologist.'
    assert actor_codes(text, "Marta Ellison")[1] == "EDU"


def test_a_craft_said_of_no_one_named_makes_no_actor() -> None:
    (result,) = run_texts("The photographer said the crowd had left the square.", date="2016-05-02")
    assert all("photographer" not in a.name for a in result.actors)


def test_a_writer_on_a_known_site_is_media() -> None:
    text = "Tom Halvers, writing on Breitbart, attacked the senator's plan."
    assert actor_codes(text, "Tom Halvers")[1] == "MED"
