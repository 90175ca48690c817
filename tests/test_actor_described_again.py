"""A person named in full once and later by what the story said of them ("the Maine senator"
after "Senator ... of Maine", "the 68-year-old" after "..., 68,", "the tycoon" after "oil tycoon
...") is that person; when two people fit the description it names neither; time zones are
no actors."""

from __future__ import annotations

from functools import partial

from tests.conftest import mentions_by_actor

DAY = "2016-05-10"


_mentions = partial(mentions_by_actor, date=DAY)


def test_a_role_with_the_home_state_names_the_person_of_that_state() -> None:
    text = (
        "Senator Helga Brandvold of Montana questioned the nominee. "
        "The Montana senator said the nominee had dodged every answer."
    )
    assert "The Montana senator" in _mentions(text)["Helga Brandvold"]


def test_a_party_member_of_the_home_state_names_the_one_person_from_it() -> None:
    text = (
        "Senator Anton Whiteley of Oregon backed the farm bill. "
        "The Oregon Democrat said it would help ranchers."
    )
    assert "The Oregon Democrat" in _mentions(text)["Anton Whiteley"]


def test_an_age_said_after_the_name_names_the_person_later() -> None:
    text = (
        "Candidate Horace Bellweather, 74, attacked the governor on Sunday. "
        "The 74-year-old said the governor had wasted the surplus."
    )
    assert "The 74-year-old" in _mentions(text)["Horace Bellweather"]


def test_an_age_no_one_was_given_is_no_actor() -> None:
    text = "Senator Ivo Carrick of Iowa opposed the bill. The 52-year-old was not named."
    mentions = _mentions(text)
    assert "The 52-year-old" not in mentions
    assert mentions["Ivo Carrick"] == ["Ivo Carrick"]


def test_two_people_of_the_same_state_and_role_leave_the_description_alone() -> None:
    text = (
        "Senator Boyd Haskell of Utah and Senator Irma Plaskett of Utah split on the vote. "
        "The Utah senator said the tariff would hurt miners."
    )
    mentions = _mentions(text)
    assert mentions["Boyd Haskell"] == ["Boyd Haskell"]
    assert mentions["Irma Plaskett"] == ["Irma Plaskett"]


def test_two_people_of_the_same_role_leave_a_bare_title_alone() -> None:
    text = (
        "Minister Kwame Asante and Minister Efua Boateng of Ghana attended the summit. "
        "The minister announced a new port project."
    )
    mentions = _mentions(text)
    assert mentions["Kwame Asante"] == ["Kwame Asante"]
    assert mentions["Efua Boateng"] == ["Efua Boateng"]


def test_a_written_out_time_zone_is_no_actor() -> None:
    text = (
        "The debate began at 9 p.m. Eastern Time. Mountain Time viewers saw it late, and "
        "Senator Wilma Orr criticized the moderator."
    )
    names = _mentions(text)
    assert "Eastern Time" not in names and "Mountain Time" not in names


def test_an_occupation_said_before_the_name_names_the_person_later() -> None:
    text = (
        "Oil tycoon Mortimer Quayle funded the referendum campaign. "
        "The tycoon said he would spend more before the vote."
    )
    assert "The tycoon" in _mentions(text)["Mortimer Quayle"]


def test_an_occupation_said_of_no_one_named_is_no_actor() -> None:
    text = (
        "Governor Elsa Brunner of Alaska met the miners. "
        "The lawyer for the miners said the talks were useful."
    )
    mentions = _mentions(text)
    assert mentions["Elsa Brunner"] == ["Elsa Brunner"]
    assert not any("lawyer" in name for name in mentions)


def test_two_people_of_the_same_occupation_leave_it_alone() -> None:
    text = (
        "Investor Rolf Tamsin and investor Greta Lowry bid for the port. "
        "The investor said the price was too high."
    )
    mentions = _mentions(text)
    assert mentions["Rolf Tamsin"] == ["Rolf Tamsin"]
    assert mentions["Greta Lowry"] == ["Greta Lowry"]


def test_the_state_said_of_the_person_before_is_not_said_of_the_next() -> None:
    text = (
        "Senator Laura Bennett of Wyoming met Senator Michael Hart of Texas. "
        "The Wyoming senator criticized the plan."
    )
    mentions = _mentions(text)
    assert "The Wyoming senator" in mentions["Laura Bennett"]
    assert "The Wyoming senator" not in mentions["Michael Hart"]
