"""Trigger words that name, judge or gather the news rather than tell an act: a doer noun, an
adjectival participle, an event noun judged in the present, fault weighed, a request for
comment, a candidate's rally or home campaign stop, a press release, a strategy deployed. The
acts beside them stay."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Some of the demonstrators were students from Leeds, the mayor said.",
        "As a protester was being led away, Mr. Corbyn kept speaking.",
    ],
)
def test_a_noun_for_protesters_tells_no_protest(text: str) -> None:
    assert "PROTEST" not in event_types(text)


def test_protesters_doing_something_stays_a_protest() -> None:
    assert "PROTEST" in event_types("Demonstrators blocked a road in Lagos on Monday.")


def test_an_adjectival_participle_tells_no_act() -> None:
    text = "Mr. Kovac worked for lobbying and consulting firms in Brussels for a decade."
    assert not {"REQUEST", "CONSULT"} & set(event_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Support for Mr. Orban in the capital is as weak as ever.",
        "The ministry's pledge that the data will stay private is as reliable as a sales pitch.",
    ],
)
def test_an_event_noun_judged_in_the_present_is_no_event(text: str) -> None:
    assert not {"SUPPORT", "AGREE"} & set(event_types(text))


def test_fault_weighed_is_no_accusation() -> None:
    assert "ACCUSE" not in event_types("Voters are divided over who is to blame for the deficit.")


def test_blaming_someone_stays_an_accusation() -> None:
    assert "ACCUSE" in event_types("Premier Li blamed Japan for the collapse of the talks.")


def test_a_request_for_comment_is_no_request() -> None:
    text = "A spokesman for Mr. Macron did not respond to Reuters' request for comment."
    assert "REQUEST" not in event_types(text)


def test_a_candidate_holding_a_rally_is_no_protest() -> None:
    text = "Senator Ted Cruz won the primary. He is holding a rally in Austin on Friday."
    assert "PROTEST" not in event_types(text)


def test_a_candidate_visiting_a_home_state_is_no_consultation() -> None:
    text = "Republican candidate Marco Rubio visited Ohio on Sunday to campaign."
    assert "CONSULT" not in event_types(text)


def test_a_candidate_visiting_another_country_stays_a_visit() -> None:
    text = "Republican candidate Donald Trump visited Mexico and met President Enrique Pena Nieto."
    assert "CONSULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Obama toured Cleveland on Tuesday to promote his jobs plan.",
        "President Obama is expected to visit the Sunshine state next month.",
        "The Chinese premier visited Sichuan province after the floods.",
        "Vice President Joe Biden visited a train station in St. Paul on Friday.",
    ],
)
def test_an_official_trip_at_home_is_no_consultation(text: str) -> None:
    assert "CONSULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "President Obama made a visit to Rangoon in 2012.",
        "Secretary of State John Kerry visited several Gulf states last week.",
        "Prime Minister Benjamin Netanyahu arrived at the White House for a visit.",
        "Pope Francis will visit the state during his trip to the United States.",
    ],
)
def test_a_trip_abroad_or_to_nowhere_named_stays_a_visit(text: str) -> None:
    assert "CONSULT" in event_types(text)


def test_a_press_release_frees_no_one() -> None:
    text = "The party's release announcing the new chairman came on Monday."
    assert "RETREAT" not in event_types(text)


def test_a_news_release_read_as_a_verb_frees_no_one() -> None:
    text = "Mr. Obama was left with the news release his adviser, Susan Rice, issued last week."
    assert "RETREAT" not in event_types(text)


def test_a_strategy_deployed_mobilises_no_force() -> None:
    text = "The strategy deployed by the Labour campaign worked well in Wales."
    assert "MOBILIZE" not in event_types(text)


def test_troops_deployed_stay_a_mobilisation() -> None:
    assert "MOBILIZE" in event_types("Germany deployed 500 army reservists to Lithuania.")


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ray Lutz recently deployed paid staff to Iowa.",
        "Fifteen thousand extra medical staff are deployed across the country.",
        "The book also included American officials stationed overseas.",
        "Kenya stationed diplomats in Somalia.",
    ],
)
def test_people_sent_to_work_unarmed_mobilise_no_force(text: str) -> None:
    assert "MOBILIZE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The United States deployed 300 advisers to Iraq.",
        "Russia deployed contractors to Libya.",
    ],
)
def test_people_a_state_sends_to_a_place_stay_a_mobilisation(text: str) -> None:
    """A named state that sends its people to a place posts them as its force, however
    armed; envoys it posts ("stationed diplomats in Somalia") are no force."""
    assert "MOBILIZE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The result is the government's mobilization of 12 million doses of Tamiflu.",
        "Zelaya said the United States had declared a unilateral health alert.",
    ],
)
def test_medicine_readied_or_a_health_alert_mobilise_no_force(text: str) -> None:
    assert "MOBILIZE" not in event_types(text)


def test_a_mobilization_of_troops_stays_a_mobilisation() -> None:
    assert "MOBILIZE" in event_types("Iraq announced the mobilization of 50,000 reservists.")
    assert "MOBILIZE" in event_types("Iraq continued its troop buildup on the border.")


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon announced the deployment of THAAD in South Korea.",
        "Russia continued its border buildup near Ukraine.",
        "Police raised the security alert in Brussels.",
    ],
)
def test_a_named_system_a_border_or_a_security_alert_stays_a_mobilisation(text: str) -> None:
    assert "MOBILIZE" in event_types(text)


def test_police_and_advisers_of_the_army_deployed_stay_a_mobilisation() -> None:
    assert "MOBILIZE" in event_types("Kenya deployed riot police to the border town.")
    assert "MOBILIZE" in event_types("Britain deployed 200 military advisers to Iraq.")


def test_unarmed_people_deployed_beside_troops_stay_a_mobilisation() -> None:
    text = "The army deployed medics and soldiers to the front."
    assert "MOBILIZE" in event_types(text)
    text = "The militants surrendered their passports and their weapons to the army."
    assert "RETREAT" in event_types(text)


def test_turning_down_a_reporters_request_is_no_rejection() -> None:
    text = "Governor Hogan declined repeated requests for an interview."
    assert "REJECT" not in event_types(text)


def test_rejecting_a_partys_request_stays_a_rejection() -> None:
    assert "REJECT" in event_types("Governor Hogan rejected the union's request for a recount.")


def test_consulting_for_clients_is_a_line_of_work() -> None:
    text = "Mr. Fabiani earned millions consulting for foreign governments, including Angola."
    assert "CONSULT" not in event_types(text)


def test_a_reminder_of_a_fact_is_no_appeal() -> None:
    text = "Activists posted stark reminders of how the treatment of refugees echoed earlier eras."
    assert "REQUEST" not in event_types(text)


def test_a_reminder_that_a_party_must_act_stays_an_appeal() -> None:
    text = "Chancellor Merkel issued a stern reminder to Greece that it must repay its loans."
    assert "REQUEST" in event_types(text)


def test_an_infinitive_under_an_adjective_tells_no_act() -> None:
    text = "Her platform paints refugees as too risky to allow into the country."
    assert "CONCEDE" not in event_types(text)


def test_what_a_relative_clause_says_someone_can_do_is_no_act() -> None:
    text = "Superdelegates are party officials who can support any candidate."
    assert "SUPPORT" not in event_types(text)


def test_an_act_asked_about_is_no_act() -> None:
    assert "ACCUSE" not in event_types("How hard will Senator Warren attack Mr. Bloomberg?")


def test_an_event_noun_in_a_routine_is_no_event() -> None:
    text = "Usually, airlines will engage consultants and lawyers to work jointly on a deal."
    assert "AGREE" not in event_types(text)


def test_an_act_named_as_what_something_was_is_no_report() -> None:
    text = "This seems to have been a carefully planned attack, the police chief said."
    assert "ASSAULT" not in event_types(text)


def test_a_gerund_judged_as_a_course_of_action_is_no_act() -> None:
    text = "Tearing up the treaty and retreating behind high walls would be very unwise."
    assert "RETREAT" not in event_types(text)


def test_one_claim_equated_with_another_is_no_praise() -> None:
    text = "Her aides argue that to suggest she is tough is saying she is competent."
    assert "SUPPORT" not in event_types(text)


def test_someone_saying_a_wrong_stays_an_accusation() -> None:
    assert "ACCUSE" in event_types("Senator Warren is saying Mr. Bloomberg is a fraud.")


def test_demonstrators_taking_to_the_streets_stay_a_protest() -> None:
    text = "Several hundred demonstrators took to the streets of Leeds on Tuesday."
    assert "PROTEST" in event_types(text)


def test_an_intent_under_an_adjective_stays_an_act() -> None:
    """Coded as the readiness stated (AGREE), as "willing to support" is."""
    assert event_types("Speaker Ryan said he was ready to support Mr. Trump.") == ["AGREE"]


def test_protesters_beginning_to_act_stay_a_protest() -> None:
    text = "The protesters had started to gather near the parliament in Lima by noon."
    assert "PROTEST" in event_types(text)


def test_an_event_nouns_course_is_no_judgement() -> None:
    text = "Premier Li said the talks with Japan are ongoing and will resume on Monday."
    assert "CONSULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Jane Holt drove into Dayton on Tuesday for a rally at the county fairgrounds.",
        "Hundreds of volunteers came to a rally for Holt at the county fairgrounds.",
        "Holt hopes to turn her rally crowds into votes on primary day.",
        "The campaign gathers phone numbers at voter rallies across the state.",
    ],
)
def test_a_rally_held_by_or_for_a_candidate_is_no_protest(text: str) -> None:
    assert "PROTEST" not in event_types(text)


def test_an_activists_rally_against_a_war_stays_a_protest() -> None:
    text = "Antiwar activist Cindy Sheehan held a rally against the war outside the ranch."
    assert "PROTEST" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Estonia's accession to the union has brought about deep changes in the Baltic region.",
        "Latvia's entry into the alliance will consolidate the region's security, he said.",
    ],
)
def test_an_act_weighed_for_its_effect_is_not_told(text: str) -> None:
    assert event_types(text) == []


def test_an_act_whose_purpose_is_told_stays() -> None:
    assert event_types("The envoy's visit to Riga was designed to calm the dispute.") == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The premier called Estonia's accession to the union a homecoming.",
        "The mayor called the shooting an act of madness.",
    ],
)
def test_an_act_a_naming_verb_names_is_its_topic(text: str) -> None:
    assert "SUPPORT" not in event_types(text)
    assert "ASSAULT" not in event_types(text)


def test_a_thing_pulled_out_is_no_withdrawal() -> None:
    for text in (
        "Hillary Clinton is pulling out her New York credentials fast.",
        "Obama pulled out the race card on Donald Trump in a major way.",
        "The senator pulls out a tough win in Hawaii.",
    ):
        assert "RETREAT" not in event_types(text), text


def test_troops_pulled_out_stay_a_withdrawal() -> None:
    assert "RETREAT" in event_types("Russia pulled out its troops from Syria on Monday.")
    assert "RETREAT" in event_types("Nigeria pulled out of the summit with Cameroon.")


@pytest.mark.parametrize(
    "text",
    [
        "Rep. Susan Brooks is planning to withdraw from her House reelection race.",
        "The GOP had three before pulling out of an NBC/Telemundo debate.",
        "Sam Mendes is withdrawing as the director of the Broadway-bound musical.",
    ],
)
def test_quitting_a_race_or_a_post_is_no_withdrawal(text: str) -> None:
    assert "RETREAT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli forces withdrew from Gaza as part of the agreement.",
        "Russian troops pulled out of the town as a goodwill gesture.",
        "Russia withdrew from the International Criminal Court on Monday.",
    ],
)
def test_a_withdrawal_as_a_step_or_from_a_body_stays_a_withdrawal(text: str) -> None:
    assert "RETREAT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The country has surrendered its authority and leadership to allies and enemies alike.",
        "No one will represent the campaign, effectively surrendering the contest to Ted Cruz.",
    ],
)
def test_a_thing_surrendered_in_a_figure_is_no_retreat(text: str) -> None:
    assert "RETREAT" not in event_types(text)


def test_arms_or_ground_surrendered_stay_a_retreat() -> None:
    assert "RETREAT" in event_types("The rebels surrendered their weapons to the army.")
    assert "RETREAT" in event_types("The rebels surrendered the town to government troops.")


@pytest.mark.parametrize(
    "text",
    [
        "The rebels surrendered the airport to government forces.",
        "The garrison surrendered the fort to the Taliban.",
        "The militia surrendered control of the city to the army.",
    ],
)
def test_a_post_or_control_of_ground_surrendered_stays_a_retreat(text: str) -> None:
    assert "RETREAT" in event_types(text)


def test_a_release_of_papers_frees_no_one() -> None:
    for text in (
        "The call was prompted by the late Friday release of DCCC spreadsheets on Monday.",
        "The group's release of emails from the Democratic National Committee exposed donors.",
    ):
        assert "RETREAT" not in event_types(text), text


def test_a_release_of_a_prisoner_stays_a_release() -> None:
    text = "Israel's release of 1,000 Palestinian prisoners began on Tuesday."
    assert "RETREAT" in event_types(text)


def test_a_bill_withdrawn_is_no_withdrawal() -> None:
    for text in (
        "Sanders withdrew that bill after Sen. Tom Coburn initiated a procedural move.",
        "He had to withdraw a proposal to create a single-payer system.",
    ):
        assert "RETREAT" not in event_types(text), text


def test_troops_or_sanctions_withdrawn_stay_a_withdrawal() -> None:
    assert "RETREAT" in event_types("Syria withdrew its troops from Lebanon on Monday.")
    assert "RETREAT" in event_types("The United States withdrew the sanctions against Iran.")
    assert "RETREAT" in event_types("Israel withdrew from the Golan Heights.")
