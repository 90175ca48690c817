"""An act named only as what another predicate is about is not coded again (events31b): the
gerund a stance verb judges, the act one is blamed or sorry for, an act talked about, an act
barred; a share of the public agreeing is a poll's count; beating a rival for office is a race
won; talking a country down disparages it."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The singer said she regretted calling the governor a liar.", "ACCUSE"),
        ("The mayor defended arresting the students outside the town hall.", "COERCE"),
        ("The governor apologized for insulting the mayor during the debate.", "ACCUSE"),
        ("The senator criticized the president for threatening Mexico with tariffs.", "THREATEN"),
        (
            "The minister has faced criticism for meeting the rebels and threatening the "
            "unions with new laws.",
            "THREATEN",
        ),
        ("The council called the rumours about arresting the mayor absurd.", "COERCE"),
        ("Monks are forbidden from attacking anyone, the abbot said.", "ASSAULT"),
        ("Governor Hale attacked farmers, truckers and unions for blocking the bridge.", "COERCE"),
        ("The senator slammed the mayor and the police chief for opposing the plan.", "REJECT"),
    ],
)
def test_an_act_only_judged_blamed_or_talked_of_is_not_coded(text: str, absent: str) -> None:
    assert absent not in event_types(text)


def test_an_act_begun_or_kept_up_is_still_coded() -> None:
    assert event_types("Rebels kept attacking the convoy near Goma for three days.") == ["ASSAULT"]


def test_a_denial_of_accusations_whose_maker_is_named_is_the_denial_alone() -> None:
    text = "The colonel denied accusations made by the opposition that he tortured prisoners."
    assert event_types(text) == ["REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "Less than a third agreed with the governor that taxes should rise, the survey found.",
        "Some 45 percent backed the chancellor, while 40 percent opposed her.",
    ],
)
def test_a_counted_share_of_the_public_does_not_act(text: str) -> None:
    assert event_types(text) == []


def test_a_named_party_agreeing_still_agrees() -> None:
    text = "The opposition agreed with the government that elections would be held in May."
    assert event_types(text) == ["AGREE"]


@pytest.mark.parametrize(
    "text",
    [
        "Polls say the senator has the best chance of beating the governor.",
        "She has no shot at the nomination, but she would have good odds of beating him in a "
        "general election fight, according to two polls.",
    ],
)
def test_beating_a_rival_in_a_race_is_no_assault(text: str) -> None:
    assert not {"ASSAULT", "ACCUSE"} & set(event_types(text))


def test_beating_with_a_weapon_stays_an_assault() -> None:
    text = "Police beat protesters with batons during the election campaign in Harare."
    assert "ASSAULT" in event_types(text)


def test_talking_a_country_down_is_criticism() -> None:
    assert "ACCUSE" in event_types("The opposition leader keeps talking down Britain.")


def test_officials_free_to_back_anyone_back_no_one() -> None:
    text = "The count leaves out the party's governors, who are free to support any candidate."
    assert "SUPPORT" not in event_types(text)


def test_a_passive_relative_clause_on_a_thing_is_its_background() -> None:
    text = "The minister said the plan rejects the trade scheme that was negotiated in 1995."
    assert "CONSULT" not in event_types(text)


def test_people_harmed_in_a_relative_clause_are_still_told() -> None:
    text = "The town still grieves for the 20 pupils who were killed in the school shooting."
    assert "ASSAULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The prime minister warned of the growing threat from Iranian militias on Monday.",
        "Communism was a menace the chancellor had warned about in his speeches.",
    ],
)
def test_a_warning_about_a_danger_blames_whoever_poses_it(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_warning_of_ones_own_act_is_still_a_threat() -> None:
    text = "The general warned that his troops would attack if the rebels did not withdraw."
    assert event_types(text) == ["THREATEN"]


def test_a_gerund_with_no_doer_as_what_may_happen_is_anyones_act() -> None:
    text = "Voicing support for the junta can bring threats of violence, residents say."
    assert "SUPPORT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "In his speech the senator recalled the 1998 bombing of the embassy in Lima.",
        "The host brought up the Nairobi bombing and later changed the subject.",
        "The report cites the invasion of Kuwait as a turning point.",
    ],
)
def test_an_act_noun_recounted_is_a_topic_not_an_act(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


def test_recalling_an_ambassador_is_still_coded() -> None:
    assert event_types("Peru recalled its ambassador to Chile on Monday.") == ["SANCTION"]


@pytest.mark.parametrize(
    "text,absent",
    [
        ("The judge who is handling the lawsuits against the college ruled on Monday.", "ACCUSE"),
        ("The mayor tried again to deflect the criticism of his budget.", "ACCUSE"),
        ("Militant websites were celebrating the massacre within hours.", "ASSAULT"),
        ("The council member tried to torpedo the union's endorsement of her rival.", "SUPPORT"),
        ("The senator said the dinner does not constitute an endorsement of Smith.", "SUPPORT"),
    ],
)
def test_an_act_noun_handled_or_fended_off_is_a_topic_not_an_act(text: str, absent: str) -> None:
    assert absent not in event_types(text)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The colonel oversaw the occupation of the airport by rebel fighters.", "COERCE"),
        ("The minister handled the detention of two reporters by the police badly.", "COERCE"),
    ],
)
def test_an_act_noun_handled_that_names_its_own_doer_is_still_an_act(text: str, kept: str) -> None:
    """The "by" party of the act noun did it: the sentence reports the act done."""
    assert kept in event_types(text)
