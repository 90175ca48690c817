"""People named by a party's word (actors round 68): a people noun that names no group by
itself is the party's people after a party word ("Democratic politicians", "her Republican
rivals"), and a party-named group the home leaves unplaced takes the party's country."""

from __future__ import annotations

from tests.conftest import actor_codes, doer_names, run_texts


def test_a_party_word_makes_a_people_noun_the_partys_group() -> None:
    text = "Democratic politicians attacked the new tax plan of the governor on Monday."
    assert actor_codes(text, "Democratic politicians") == ("USA", "PTY")


def test_a_noun_that_is_anyones_bare_names_a_group_after_a_party_word() -> None:
    text = "Republican insiders condemned the senator on Friday."
    assert doer_names(text, "condemned") == ["Republican insiders"]
    (bare,) = run_texts("Some insiders condemned the senator on Friday.")
    assert not [a for a in bare.actors if "insiders" in a.name]


def test_a_party_group_is_named_with_the_party_its_name_claimed() -> None:
    (r,) = run_texts("GOP moderates and Democratic moderates met on Friday.")
    names = {a.name: a.country.value if a.country else None for a in r.actors}
    assert names.get("GOP moderates") == names.get("Democratic moderates") == "USA"


def test_a_party_group_with_no_home_takes_the_partys_country() -> None:
    (r,) = run_texts("Tory MPs criticised David Cameron on Tuesday.", date="2015-03-02")
    (group,) = [a for a in r.actors if a.name == "Tory MPs"]
    assert group.country is not None and group.country.value == "GBR"


def test_a_partys_experts_and_speechwriters_are_its_people() -> None:
    """ "Some Republican experts urged …", "two Democratic speechwriters pressed her": advisers
    named only by a party's word are that party's side (dyads69: sides left empty on news)."""
    assert doer_names("Some Republican experts urged the governor to drop the plan.", "urged") == [
        "Republican experts"
    ]
    text = "Two Democratic speechwriters pressed the senator to change her speech."
    assert actor_codes(text, "Democratic speechwriters") == ("USA", "PTY")
