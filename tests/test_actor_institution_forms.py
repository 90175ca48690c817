"""A bare institution whose form the dateline's country lacks ("the Justice Department" in a
story from a state with ministries, "a federal court" in a unitary state) belongs to the
story's other country that has that form, else to the wire's own country."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes

HAVANA = (
    "HAVANA (AP) -- Cuba asked the U.S. government on Monday to send the sailor home. "
    "The Justice Department said it would study the request. "
    "The sailor's cousins in Miami sued in federal court to keep him in the United States."
)


@pytest.mark.parametrize(
    ("name", "codes"),
    [("Justice Department", ("USA", "GOV")), ("federal court", ("USA", "JUD"))],
)
def test_an_institution_the_datelines_state_lacks_is_the_other_states(
    name: str, codes: tuple[str, str]
) -> None:
    assert actor_codes(HAVANA, name, "2001-03-05") == codes


def test_the_wires_country_owns_it_when_the_story_names_no_other() -> None:
    text = (
        "PARIS (AP) -- A French sailor was freed on Monday. "
        "The Justice Department said it had dropped the charges against him."
    )
    assert actor_codes(text, "Justice Department", "2001-03-05")[0] == "USA"


def test_a_state_that_has_the_form_keeps_its_own() -> None:
    text = (
        "OTTAWA (AP) -- Canada turned down a U.S. request on Monday. "
        "The Justice Department said the extradition hearing would go ahead."
    )
    assert actor_codes(text, "Justice Department", "2001-03-05")[0] == "CAN"


def test_an_institution_every_state_has_stays_at_home() -> None:
    text = (
        "HAVANA (AP) -- Cuba rejected a U.S. request on Monday. "
        "The foreign ministry said the request was an insult."
    )
    assert actor_codes(text, "The foreign ministry", "2001-03-05")[0] == "CUB"


def test_a_department_the_table_does_not_know_follows_the_same_rule() -> None:
    text = (
        "HAVANA (AP) -- Cuba protested a U.S. fine on Monday. "
        "The Commerce Department said the fine on the cigar makers stands."
    )
    assert actor_codes(text, "Commerce Department", "2001-03-05") == ("USA", "GOV")
