"""A noun phrase before a name and its comma gives the name its title, whatever determiner
opens it ("Another opposition candidate, X"), and a plural title gives each of the names listed
after it that title ("Both Labour candidates, X and Y")."""

from __future__ import annotations

from tests.conftest import actor_sector


def test_another_opens_a_title_before_a_name() -> None:
    text = "KIEV (AP) - Another opposition candidate, Ivan Marchuk, was detained by police."
    assert actor_sector(text, "Ivan Marchuk") == "OPP"  # the opposition's candidate


def test_a_plural_title_before_listed_names_is_each_names() -> None:
    text = (
        "DES MOINES, Iowa (AP) - Both Republican candidates, Tom Harlan and Wes Ruddy, "
        "criticized the governor on Sunday."
    )
    assert actor_sector(text, "Tom Harlan") == "PTY"
    assert actor_sector(text, "Wes Ruddy") == "PTY"


def test_a_time_phrase_before_a_name_is_no_title() -> None:
    text = "DES MOINES, Iowa (AP) - That night, Tom Harlan criticized the governor."
    assert actor_sector(text, "Tom Harlan") is None
