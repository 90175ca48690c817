"""A country word inside a group's name is not always the group's country: veterans named by
their war belong to the article's home, and a party name many states share is the party of the
country the text names before it, else of the dateline's."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def test_veterans_named_by_their_war_are_the_home_countrys() -> None:
    text = "CANBERRA (Reuters) - Afghanistan veterans accused the defence ministry of neglect."
    assert actor_codes(text, "Afghanistan veterans") == ("AUS", "CVL")
    (result,) = run_texts(text)
    assert not any(a.country and a.country.value == "AFG" for a in result.actors)


def test_a_shared_party_name_in_a_story_filed_abroad_is_the_datelines_party() -> None:
    text = "OSLO (Reuters) - The Labour Party accused the oil ministry of hiding the figures."
    assert actor_codes(text, "Labour Party", "2012-05-02") == ("NOR", "PTY")


def test_a_shared_party_name_at_home_keeps_the_tables_country() -> None:
    text = "LONDON (Reuters) - The Labour Party accused the Treasury of hiding the figures."
    assert actor_codes(text, "Labour Party", "2012-05-02") == ("GBR", "PTY")


def test_a_party_name_qualified_by_a_country_is_that_countrys() -> None:
    text = "OSLO (Reuters) - Britain's Labour Party criticized the Norwegian oil ministry."
    assert actor_codes(text, "Labour Party", "2012-05-02")[0] == "GBR"


def test_a_party_whose_country_the_story_names_keeps_it() -> None:
    text = "PARIS (AFP) - Mitt Romney's Republican Party criticized the French president."
    assert actor_codes(text, "Republican Party", "2012-05-02")[0] == "USA"
