"""Words of acts that tell no act: a tally since a date or a practice, a name or a title, a turn
of speech, a reporter's question, a verdict on oneself, a family's own truce, history
remembered, and an act named only as the reason of another; acts told many times happened."""

from __future__ import annotations

from .conftest import event_types


def test_a_tally_since_a_date_is_no_arrest() -> None:
    assert event_types("Since 1960, 512 suspects have been taken into custody.") == []


def test_arrests_told_many_times_in_the_perfect_happened() -> None:
    text = "He has been arrested more than twenty times during street protests in four states."
    assert "COERCE" in event_types(text)


def test_acts_counted_over_cases_happened() -> None:
    text = "Of the robberies reported in May, suspects were detained in only three cases."
    assert "COERCE" in event_types(text)


def test_an_arrest_in_a_named_case_stays() -> None:
    text = "Police in Lagos arrested the driver in the Okafor case on Monday."
    assert event_types(text) == ["COERCE"]


def test_a_single_arrest_stays() -> None:
    assert event_types("Police arrested 30 protesters in Lagos on Monday.") == ["COERCE"]


def test_a_policy_of_not_attacking_is_no_act() -> None:
    text = "She kept to her policy of not attacking Senator Brown during the debate."
    assert "ACCUSE" not in event_types(text)


def test_a_causing_verb_that_can_bring_threats_tells_no_threat() -> None:
    text = (
        "In a city where praising the president can provoke threats of violence, Jones "
        "stays silent."
    )
    assert "THREATEN" not in event_types(text)


def test_a_course_called_by_a_name_is_no_request() -> None:
    text = 'On Monday, Smith posted the outline of a history course called "Conflict" on his site.'
    assert event_types(text) == []


def test_allow_me_is_a_turn_of_speech() -> None:
    assert event_types('"Allow me to explain what happened," the senator said.') == []


def test_a_show_title_is_no_meeting() -> None:
    text = '"I expect to be vetted," he said on "Meet the Voters."'
    assert "CONSULT" not in event_types(text)


def test_asked_by_reporters_to_respond_is_a_question() -> None:
    text = "Asked by reporters to respond to the criticism, Smith said the charges were false."
    assert "REQUEST" not in event_types(text)


def test_praise_a_writer_reports_of_himself_is_no_support() -> None:
    text = "Smith wrote in his memoir that he had been named the most honest student in class."
    assert event_types(text) == []


def test_a_duty_a_son_states_of_his_father_asks_no_one() -> None:
    assert event_types('"He must go to work," said his son, Peter.') == []


def test_a_familys_truce_is_private() -> None:
    text = "The scandal has broken down the family's fragile truce."
    assert event_types(text) == []


def test_an_anniversary_remembers_a_bare_war_as_history() -> None:
    text = "Many feared the vote would fail today, the 40th anniversary of the war."
    assert "ASSAULT" not in event_types(text)


def test_a_remembered_invasion_with_its_parties_is_coded_as_the_gold_codes_it() -> None:
    text = (
        "Many feared the vote would fail today, the 40th anniversary of the Suez crisis, an "
        "aborted invasion of Egypt by British troops."
    )
    assert "ASSAULT" in event_types(text)


def test_the_act_punished_is_the_reason_not_an_attack_by_the_punisher() -> None:
    text = "The Security Council ordered sanctions on Sudan as punishment for attacking Chad."
    assert event_types(text) == ["SANCTION"]


def test_the_only_one_not_to_walk_out_describes_a_person() -> None:
    text = "He was praised because he was the only one not to walk out after the teacher spoke."
    assert "PROTEST" not in event_types(text)


def test_what_anyone_who_donates_does_is_a_rule_not_a_gift() -> None:
    text = (
        "Italian law requires parties to publish the name of anyone who donates more than "
        "10,000 euros."
    )
    assert "AID" not in event_types(text)


def test_an_invasion_with_no_parties_told_after_an_anniversarys_name_is_history() -> None:
    text = (
        "Many feared the vote would fail today, the 50th anniversary of the Suez fiasco, an "
        "aborted invasion that left much bitterness."
    )
    assert "ASSAULT" not in event_types(text)
