"""A share of someone's own people acts as those people; a relative clause on a known party
inside a condition tells what that party does."""

from __future__ import annotations

from .conftest import run_texts


def test_most_of_a_partys_leaders_endorsing_is_an_act() -> None:
    (result,) = run_texts("Most of the state's senior Republicans had endorsed the governor.")
    assert [(e.trigger.text, e.type) for e in result.events] == [("endorsed", "SUPPORT")]


def test_many_of_someones_leaders_criticizing_is_an_act() -> None:
    (result,) = run_texts("Many of the party's leaders have criticized the governor.")
    assert [(e.trigger.text, e.type) for e in result.events] == [("criticized", "ACCUSE")]


def test_a_share_of_respondents_is_still_a_poll() -> None:
    (result,) = run_texts("Most of the respondents agreed with the governor.")
    assert result.events == []


def test_a_relative_clause_on_a_known_party_inside_a_condition_is_told() -> None:
    (result,) = run_texts(
        "The mayor could be ousted if the council members who are demanding his resignation"
        " win the vote."
    )
    events = [(e.trigger.text, e.modality.value) for e in result.events]
    assert events == [("demanding", "ongoing")]


def test_a_relative_clause_on_an_unknown_party_inside_a_condition_is_supposed() -> None:
    (result,) = run_texts(
        "The mayor could be ousted if council members who demand his resignation win the vote."
    )
    assert "demand" not in [e.trigger.text for e in result.events]


def test_asking_a_list_of_givers_for_money_is_a_request() -> None:
    (result,) = run_texts(
        "The committee has asked oil firms, banks, and even retailers like Target for donations."
    )
    assert [(e.trigger.text, e.type) for e in result.events] == [("asked", "REQUEST")]


def test_asking_a_list_of_people_a_question_is_no_request() -> None:
    (result,) = run_texts(
        "A reporter asked the mayor and the candidate for governor whether they would debate."
    )
    assert "asked" not in [e.trigger.text for e in result.events]


def test_hiding_one_record_for_years_is_one_act() -> None:
    (result,) = run_texts("The ministry hid the email from the committee for years.")
    assert [(e.trigger.text, e.type) for e in result.events] == [("hid", "REJECT")]


def test_hiding_records_for_years_is_a_practice() -> None:
    (result,) = run_texts("The ministry hid records from the committee for years.")
    assert result.events == []


def test_a_modal_in_a_so_clause_does_not_reach_back_to_the_clause_before() -> None:
    (result,) = run_texts(
        "The senator often attacked the governor during the primaries for his ties to oil"
        " firms, so it may come as a surprise to his voters."
    )
    events = [(e.trigger.text, e.modality.value) for e in result.events]
    assert events == [("attacked", "occurred")]


def test_leaders_expected_to_discuss_a_topic_plan_to_meet() -> None:
    (result,) = run_texts("The two leaders were expected to discuss the crisis in Syria and trade.")
    events = [(e.trigger.text, e.type, e.modality.value) for e in result.events]
    assert events == [("discuss", "CONSULT", "planned")]


def test_one_guest_expected_to_discuss_a_topic_is_press_talk() -> None:
    (result,) = run_texts("The senator is expected to discuss the crisis in Syria on the radio.")
    assert result.events == []


def test_allegations_told_with_their_content_are_an_accusation() -> None:
    (result,) = run_texts(
        "They include Russian troop movements near the border, which are alarming the"
        " neighbors, and allegations that Russian agents have hacked into Estonian computers."
    )
    assert "allegations" in [e.trigger.text for e in result.events if e.type == "ACCUSE"]
