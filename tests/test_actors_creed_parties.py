"""A party named by its creed alone ("the Conservatives", "Social Democrats") is the party of
the state its sentence deals with, unless the article names the table's own country."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_creed_party_takes_the_country_of_the_state_it_addresses() -> None:
    tories, social, liberals = run_texts(
        "The Conservatives accused the Polish government of hiding the deficit.",
        "The Social Democrats urged the Estonian Parliament to reject the budget.",
        "The Liberals criticized the Danish Prime Minister on Monday.",
    )
    assert codes(actor(tories, "Conservatives")) == ("POL", "PTY")
    assert codes(actor(social, "Democrats")) == ("EST", "PTY")
    assert codes(actor(liberals, "Liberals")) == ("DNK", "PTY")


def test_the_table_country_stays_where_the_article_names_it() -> None:
    british, american = run_texts(
        "Labour accused Prime Minister Boris Johnson of misleading Parliament.",
        "Texas Democrats accused the Chinese government of hiding the outbreak.",
    )
    assert codes(actor(british, "Labour"))[0] == "GBR"
    assert codes(actor(american, "Democrats"))[0] == "USA"
