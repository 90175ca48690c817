"""Occupations said of a named person code them (lawyers JUD, billionaires and fund managers
BUS, convention delegates PTY); said of no one named they make no actor, and a known actor's
table row outranks them."""

from __future__ import annotations

from eventwire.actors.occupations import find_occupation
from eventwire.parse.nlp import load_nlp
from tests.conftest import actor_codes, run_texts


def test_a_lawyer_in_apposition_is_judiciary() -> None:
    text = "DENVER (AP) - Rosa Whitfield, a lawyer for the family, said the suit would go ahead."
    assert actor_codes(text, "Rosa Whitfield", "2000-05-01")[1] == "JUD"


def test_an_attorney_before_the_name_is_judiciary() -> None:
    text = "MIAMI (AP) - Attorney Walter Brandt said his clients would appeal the ruling."
    assert actor_codes(text, "Walter Brandt", "2000-05-01")[1] == "JUD"


def test_an_attorney_general_keeps_the_government_sector() -> None:
    text = "DENVER (AP) - Attorney General Paul Ostrander said the state would not appeal."
    assert actor_codes(text, "Paul Ostrander", "2000-05-01")[1] == "GOV"


def test_a_billionaire_is_business() -> None:
    text = "In March, billionaire Harold Vance gave $2 million to a group backing the mayor."
    assert actor_codes(text, "Harold Vance")[1] == "BUS"


def test_a_convention_delegate_is_the_party_s() -> None:
    text = "Ohio delegate Mary Tolliver said the rules committee had ignored the members."
    assert actor_codes(text, "Mary Tolliver")[1] == "PTY"


def test_the_table_outranks_an_occupation() -> None:
    text = "Bush attacked billionaire Donald Trump over his record on taxes."
    assert actor_codes(text, "Donald Trump")[1] == "PTY"


def test_a_former_lawyer_has_no_sector() -> None:
    text = "Former lawyer Nora Quill said the charges against the mayor were false."
    assert actor_codes(text, "Nora Quill")[1] is None


def test_a_lawyer_named_by_no_one_is_no_actor() -> None:
    (result,) = run_texts("The lawyer for the miners said the talks with the owners had failed.")
    assert not any("lawyer" in a.name.lower() for a in result.actors)


def test_a_doubled_space_keeps_the_title_before_a_name() -> None:
    text = "In a story on Monday, Boston Globe reporter  Ann Kessler compared the two governors."
    assert actor_codes(text, "Ann Kessler")[1] == "MED"


def test_a_sport_tour_and_a_resort_are_businesses() -> None:
    text = (
        "The LPGA Tour said it would move its event from the Seaview Grand Resort next year. "
        "The Seaview Grand Resort declined to comment."
    )
    (result,) = run_texts(text, date="2016-05-02")
    sectors = {a.name: a.sector.value if a.sector else None for a in result.actors}
    assert sectors.get("LPGA Tour") == "BUS"


def test_a_lawyer_for_a_campaign_is_its_staff() -> None:
    text = "Helen Marsh, the lawyer for Clinton's presidential campaign, filed the suit."
    assert actor_codes(text, "Helen Marsh")[1] == "PTY"


def test_an_occupation_before_a_name_that_modifies_a_noun_describes_the_head() -> None:
    doc = load_nlp()("Billionaire Portland Lumberjacks owner Carl Stiles praised the mayor.")
    team, words = doc[1:3], list(doc[0:4])
    assert team.root.dep_ == "compound"
    assert find_occupation(team, words) is None
    assert find_occupation(doc[4:6], words) is not None
