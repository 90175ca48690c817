"""Verbal conflict and contests in political news: the sense a combat word has in its sentence,
and the verb classes of criticism, denial, praise and appeal."""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump attacked Hillary Clinton over her emails on Monday.",
        "Senator Warren attacked the governor's record in a speech in Boston.",
        "The Clinton campaign answered Bernie Sanders's attack on her qualifications.",
        "Donald Trump renewed his harsh attacks on illegal immigrants in Iowa on Monday.",
        "Donald Trump fired back at Hillary Clinton on Twitter on Monday.",
        "Mayor Libby Hart fired back at the governor's remarks about the murders in the city.",
    ],
)
def test_an_attack_in_words_on_a_person_is_criticism(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a police convoy near Kandahar, killing two soldiers.",
        "Rebels attacked the governor's residence with rockets on Sunday.",
    ],
)
def test_an_attack_with_weapons_or_armed_actors_stays_an_assault(text: str) -> None:
    assert event_types(text) == ["ASSAULT"]


def test_winning_a_contest_is_no_assault() -> None:
    assert "ASSAULT" not in event_types("Clinton would beat Trump by six points, the poll found.")


@pytest.mark.parametrize(
    "text",
    [
        "Mary Walsh Beats Tom Baker In Ohio. Walsh edged out her rival in the Ohio primary.",
        "Poll: Mary Walsh Burns Tom Baker With First National Lead.",
    ],
)
def test_beating_a_rival_in_a_headline_wins_a_race(text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(event_types(text))


def test_beating_and_burning_told_with_no_race_stay_violence() -> None:
    assert event_types("Rebels burned the village and beat the farmers.") == ["COERCE", "ASSAULT"]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Bernie Sanders mocked Trump for his tax returns on Tuesday.", "ACCUSE"),
        ("Ted Cruz knocked Marco Rubio on trade in the debate.", "ACCUSE"),
        ("The Foreign Ministry denied the allegations on Friday.", "REJECT"),
        ("Governor Haley lauded the senator on Sunday.", "SUPPORT"),
        ("The mayor implored the governor to declare an emergency.", "REQUEST"),
    ],
)
def test_verb_classes_of_political_speech_acts(text: str, type_: str) -> None:
    assert event_types(text) == [type_]


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump has called her crooked.",
        "Hillary Clinton said Trump lied about the war.",
        "Ted Cruz said the senator was responsible for the deal.",
        "Donald Trump said Hillary Clinton caused tremendous death in Libya.",
    ],
)
def test_saying_a_wrong_of_someone_is_an_accusation(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_saying_a_wrong_of_oneself_is_no_accusation() -> None:
    assert event_types("I said we lied.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Barack Obama said Clinton is absolutely right.",
        "Trump called Chris Christie a good friend.",
    ],
)
def test_saying_a_merit_of_someone_is_praise(text: str) -> None:
    assert event_types(text) == ["SUPPORT"]


def test_a_merit_of_a_thing_is_no_praise() -> None:
    assert "SUPPORT" not in event_types("The senator said the plan is good for Ohio.")


def test_blame_told_in_the_present_is_kept() -> None:
    text = "American authorities allege the attacks were plotted by Osama bin Laden."
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman declined to comment on Friday.",
        "The police refused to provide details.",
        "The plan was met with resistance in Congress.",
        "Germany will meet its spending goal next year.",
        "He talks about how his forces must be ready.",
        "The airport offers a marketing perk.",
        "The senator agreed that the fleet had promotional value.",
        "Prices rose in Ohio, as opposed to Texas.",
        "Asked whether her husband would join the cabinet, Clinton shook her head.",
        "The new show is meant to appeal to millennials.",
        "Schilling did not back down on Tuesday.",
        "Hillary Clinton drew deep support among women in New York.",
        "“Bad, bad things are going to happen,” Trump warned in Everett recently.",
        "Kostrzewa donated close to $300,000 to Republican candidates last year.",
        "The senator said the vote was a big deal for Ohio.",
        "Donald Trump continues to lead the field with 40 percent support.",
        "The policies put a focus on fighting crime and welfare reform.",
        "The claims improperly strike at the heart of the committee's work.",
        "The Republican governor accepts the party nomination in Cleveland.",
        "A cholera epidemic in Angola has killed over 1,200 people in three months.",
        "A company official declined further comment.",
        "“We will soon be talking of 100,000 cases,” the adviser said.",
        "The banks must wait 30 days before closing the purchase.",
        "The rations had not been inspected, an FDA spokesman said.",
        "He said 70 pallets of vegetarian meals were inspected and approved last week.",
        "Clinton talked up her 50-state strategy on Tuesday.",
        "“I stand by everything I said during the campaign,” the senator said.",
        "The director told a Senate Intelligence Committee hearing on Thursday that all was well.",
        # who knows whom (session 61)
        "“He and I have never met,” the campaign manager said of the reporter.",
        "Senator Holt has never met an opponent like Governor Ames.",
        # money taken (session 62)
        "The senator accepted $200,000 in donations from Wall Street banks.",
        "She said the senator had not accepted money from the oil industry.",
        "The foundation accepted tens of millions of dollars from foreign donors.",
        # a state of things accepted (consult63)
        "The senators accept climate science.",
        "The governor accepted a certain amount of waste as the price of growth.",
        # whom someone knows (consult63)
        "The candidate married a woman he met on a trip to Mexico.",
        "The voters they met were mostly undecided.",
        # comments withheld (stances64)
        "The chairwoman refused to speak to reporters as she left the breakfast.",
        "One employee declined to speak on the record.",
        "A company spokesman declined to address the report.",
    ],
)
def test_everyday_senses_of_diplomatic_words_are_no_events(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Putin met his Turkish counterpart in Sochi on Monday.", "CONSULT"),
        ("Putin did not meet his Turkish counterpart in Sochi on Monday.", "CONSULT"),
        ("Iran offered to mediate between the two sides.", "AGREE"),
        ("The two parties agreed that talks should resume in May.", "AGREE"),
        ("Serbia refused to withdraw its troops from Kosovo.", "REJECT"),
        ("Iran asked the United Nations to intervene.", "REQUEST"),
        ("Putin talked of peace with Bush on Monday.", "CONSULT"),
        ("UN inspectors inspected the presidential sites on Monday.", "ACCUSE"),
        ("The parliament approved the plan on Monday.", "SUPPORT"),
        ("The Senate held a hearing on the embassy bombings on Tuesday.", "ACCUSE"),
        # an offer accepted is agreed to, whatever money it is of (fix62)
        ("Iran accepted the offer of $2 billion from the United States.", "AGREE"),
        ("The union accepted an offer of $5 million from the company.", "AGREE"),
        # a party's proposal accepted is agreed to (consult63)
        ("Iran accepted the terms of the ceasefire on Monday.", "AGREE"),
        ("The minister accepted the recommendation of the inspectors.", "AGREE"),
        ("The agency accepts the principle that all records must be kept.", "AGREE"),
        ("The rebels accepted the UN resolution on Monday.", "AGREE"),
        # a plan, a treaty or a deal put forward accepted (fix63)
        ("Ukraine accepted the peace plan on Monday.", "AGREE"),
        ("Assad accepted the Russian plan.", "AGREE"),
        ("Colombia accepted the treaty.", "AGREE"),
        # parties met, or a body meeting, in a relative clause (consult63)
        ("The Chinese officials he met in Beijing on Monday were cautious.", "CONSULT"),
        ("The group, whose members met last week, raised $4 million.", "CONSULT"),
        ("The rebels he met in the mountains said they would fight on.", "CONSULT"),
        ("The militants that the envoy met in Gaza agreed to a truce.", "CONSULT"),
    ],
)
def test_the_diplomatic_senses_stay_events(text: str, type_: str) -> None:
    assert type_ in event_types(text)


def test_a_bomb_that_goes_off_is_an_attack_and_an_alarm_is_not() -> None:
    assert "ASSAULT" in event_types(
        "A bomb ripped through an office building in Nairobi on Friday."
    )
    assert event_types("The fire alarm went off at noon.") == []


def test_an_event_counted_in_days_is_told_not_named_in_passing() -> None:
    text = "It is the second day of an offensive by the army against the rebels."
    assert "ASSAULT" in event_types(text)


def test_a_raid_by_police_is_coercion_and_by_rebels_an_assault() -> None:
    assert event_types("Police in the Comoros raided two homes on Sunday.") == ["COERCE"]
    assert event_types("Rebels raided the village on Sunday.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Muslims worldwide will kill and sacrifice animals.", False),
        ("The Senate killed the bill on Tuesday.", False),
        ("At least 51 people were reported killed in Kosovo.", True),
        ("Rebels killed two soldiers in an attack on the army base near Goma.", True),
        ("The mayor's aides will keep executing their strategy through the fall.", False),
        ("Militants executed four captured soldiers near the border on Friday.", True),
    ],
)
def test_killing_is_done_to_people(text: str, killed: bool) -> None:
    assert ("ASSAULT" in event_types(text)) is killed


def test_a_name_is_no_event() -> None:
    text = "The Federal Bureau of Investigation opened an office in Nairobi."
    assert "ACCUSE" not in event_types(text)


def test_questioning_what_someone_has_is_an_accusation() -> None:
    text = "Ted Cruz questioned Donald Trump's readiness to be commander in chief."
    assert event_types(text) == ["ACCUSE"]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Washington held Baghdad responsible for the attack on the embassy.", "ACCUSE"),
        ("Greece objected to the name of the new republic on Monday.", "ACCUSE"),
        ("Hungary and Poland joined NATO in March 1999.", "SUPPORT"),
        ("The ministry turned down the request for talks.", "REJECT"),
        ("Gunmen opened fire on a bus near the border.", "ASSAULT"),
        ("Russia blocked the resolution on Syria at the Security Council.", "REJECT"),
        ("Egypt invited Israeli and Palestinian negotiators to Cairo.", "AGREE"),
        ("Clinton challenged Donald Trump to release his tax returns.", "REQUEST"),
    ],
)
def test_more_of_each_class_as_a_coder_lists_it(text: str, type_: str) -> None:
    assert type_ in event_types(text)


def test_pressing_an_advantage_asks_for_nothing() -> None:
    assert "REQUEST" not in event_types("The Russians have been pressing their advantage in Syria.")


def test_a_quoted_judgement_over_two_sentences_is_an_accusation() -> None:
    text = "“Donald Trump is a liar. He cannot be trusted,” Clinton said in Ohio on Monday."
    assert "ACCUSE" in event_types(text)


@pytest.mark.parametrize(
    "text,type_",
    [
        ("U.S. cruise missiles struck targets in Afghanistan and Sudan on Thursday.", "ASSAULT"),
        ("Dock workers began a strike at the port of Durban on Monday.", "PROTEST"),
    ],
)
def test_a_strike_with_weapons_is_an_attack_and_a_walkout_a_protest(text: str, type_: str) -> None:
    assert event_types(text) == [type_]


@pytest.mark.parametrize(
    "text",
    [
        "The suspected Russian hackers who struck the DNC could salt the documents.",
        'Reed said: "I was struck that he was doing smart things."',
        "The truncated debate schedule struck supporters of both candidates as unfair.",
        "A car struck two workers at the plant.",  # the labour word is the one struck
        "He was struck by the workers' anger.",  # nor is it a walkout's doer
    ],
)
def test_striking_someone_or_being_struck_is_no_walkout(text: str) -> None:
    assert "PROTEST" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Verizon workers struck on Wednesday over a new contract.",
        "Nurses at the hospital have struck for two days over staffing.",
    ],
)
def test_workers_who_strike_with_no_object_protest(text: str) -> None:
    assert "PROTEST" in event_types(text)


def test_a_call_for_someone_to_act_is_a_request() -> None:
    text = "Obama sounded a call for the United States to accept more refugees on Monday."
    assert event_types(text) == ["REQUEST"]


def test_refusing_to_give_something_up_is_a_refusal_not_no_comment() -> None:
    assert "REJECT" in event_types("The former aide refused to give up the tapes to the committee.")


@pytest.mark.parametrize(
    "text,type_",
    [
        ("The minister refused to talk to the rebels.", "REJECT"),
        ("Iran refused to talk.", "REJECT"),  # a state refuses talks, it keeps no silence
        ("North Korea refused to talk about its nuclear program.", "REJECT"),
        ("North Korea wants aid but refuses to talk.", "REJECT"),  # the state of "wants"
        ("The senator declined an interview request from the newspaper.", "REJECT"),
        ("Hamas accepted the Egyptian proposal for a truce.", "AGREE"),
    ],
)
def test_refusing_a_party_and_accepting_its_proposal_stay_events(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A leader has to be able to accept criticism.",
        "The governor was accepting congratulations on Tuesday.",
        "The minister accepted blame for the failure.",
    ],
)
def test_accepting_what_others_say_of_one_is_no_agreement(text: str) -> None:
    assert "AGREE" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor called him a 'chicken' on Monday.",
        "The mayor called the senator a 'clown' on Friday.",
    ],
)
def test_a_name_given_in_quotation_marks_is_an_accusation(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_quoted_praise_stays_praise() -> None:
    assert event_types('The governor called him "a great friend" on Monday.') == ["SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The senator cited figures that were released by the campaign on Monday.",
        "Not all of the letters she sent to the ministry have been released, officials said.",
        "The agency gathers the crime statistics. It has not yet released them for this year.",
        "Reporters asked about his tax returns. The senator said he would release them soon.",
    ],
)
def test_a_pronoun_for_documents_released_frees_no_one(text: str) -> None:
    assert "RETREAT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels freed the hostages who were released on Friday, the army said.",
        "Iran said all of the prisoners were released on Tuesday.",
        "Iran seized ten American sailors on Tuesday. It released them a day later.",
    ],
)
def test_people_named_through_a_pronoun_are_still_released(text: str) -> None:
    assert "RETREAT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Clinton has won a series of primaries that free her to present herself as the victor.",
        "Party leaders ignored the movement to free delegates to vote their conscience.",
    ],
)
def test_freeing_someone_to_act_releases_no_captive(text: str) -> None:
    assert "RETREAT" not in event_types(text)


def test_a_government_freeing_prisoners_is_a_release() -> None:
    assert "RETREAT" in event_types("Israel freed 1,000 Palestinian prisoners on Tuesday.")


def test_a_surname_that_is_also_an_event_noun_is_the_person() -> None:
    text = (
        "U.N. Secretary-General Ban Ki-moon spoke in New York on Monday. "
        "Ban also kept a spotlight on the issue of climate change."
    )
    assert "COERCE" not in event_types(text)


def test_the_event_noun_stays_an_event_where_no_one_bears_the_name() -> None:
    text = "The government imposed a ban on Muslims holding rallies in the capital."
    assert "COERCE" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        'Donald Trump said Jeb Bush is "not smart enough to win" the nomination.',
        "Senator Smith said the governor is not qualified to lead the state.",
    ],
)
def test_a_merit_denied_is_no_praise(text: str) -> None:
    assert "SUPPORT" not in event_types(text)


def test_a_merit_granted_is_still_praise() -> None:
    text = "Senator Smith said the governor is qualified to lead the state."
    assert "SUPPORT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "In the last days of her Iowa campaign, Mary Walsh never named the man likely to beat her.",
        "Denver beat out Dallas and other cities competing to host the convention.",
        "The other candidates are not able to beat Tom Baker, Walsh said.",
    ],
)
def test_beating_someone_told_beside_a_race_wins_it(text: str) -> None:
    assert "ASSAULT" not in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will beat Tom Baker and we will take the governor's mansion.",
        '"I\'d beat him," the mayor said.',
        '"I would beat Tom Baker," Walsh said.',
    ],
)
def test_a_rival_beaten_under_a_modal_is_a_win_foretold(text: str) -> None:
    assert not {"ASSAULT", "ACCUSE", "THREATEN"} & set(event_types(text))


def test_a_beating_up_foretold_stays_hostile() -> None:
    assert "THREATEN" in event_types("The militia will beat them up if they return.")


def test_a_beating_with_a_wound_told_beside_a_campaign_stays_violence() -> None:
    text = "Guards beat a protester at the campaign rally. He was wounded in the head."
    assert "ASSAULT" in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mary Walsh and Tom Baker have attacked the program as a violation of free markets.",
        "Mary Walsh and Tom Baker attacked the mandate as a gift to refiners.",
    ],
)
def test_an_attack_on_a_measure_by_politicians_is_criticism(text: str) -> None:
    assert event_types(text) == ["ACCUSE"]


def test_a_heart_attack_is_illness_and_a_rebel_attack_is_not() -> None:
    assert event_types("The former mayor died of a heart attack in 1963.") == []
    assert event_types("Rebels carried out an attack on the army base on Sunday.") == ["ASSAULT"]


def test_a_retort_at_soldiers_in_a_violent_sentence_stays_an_attack() -> None:
    text = "The rebels fired back at the soldiers after the murders in the city."
    assert event_types(text) == ["ASSAULT"]


def test_occupying_a_rank_seizes_nothing() -> None:
    text = "Senator Ruth Calder and Governor Lena Hart occupied a third tier in the poll."
    assert "COERCE" not in event_types(text)


def test_occupying_land_is_still_coercion() -> None:
    assert event_types("Russian troops occupied the Crimean peninsula in March.") == ["COERCE"]


def test_wound_up_is_winding_up_not_wounding() -> None:
    text = "Secret cables wound up on the minister's home computer, auditors said on Friday."
    assert "ASSAULT" not in event_types(text)
    assert event_types("Rebels wound three soldiers in an ambush near the border.") == ["ASSAULT"]


def test_a_particle_of_the_verbs_own_makes_another_phrasal_verb() -> None:
    assert event_types("Senator Ray Lutz called out Governor Ames on his budget record.") == [
        "ACCUSE"
    ]
    assert event_types("Senator Ray Lutz called on Governor Ames to veto the budget.") == [
        "REQUEST"
    ]


def test_a_stretch_of_time_is_no_particle_of_a_phrasal_trigger() -> None:
    text = "Rural voters have turned sharply against the ruling party over the past two decades."
    assert "COOPERATE" not in event_types(text)
    assert event_types("The rebels turned over their weapons to the army.") == ["COOPERATE"]


def test_a_partner_of_an_act_talked_about_is_no_partner_of_the_talk() -> None:
    text = "Senator Ray Lutz has talked about stationing advisers with Kurdish fighters in Iraq."
    assert "CONSULT" not in event_types(text)
    assert event_types("Senator Ray Lutz talked of peace with Prime Minister Netanyahu.") == [
        "CONSULT"
    ]


def test_breaking_off_a_speech_is_no_break_in_relations() -> None:
    assert event_types("With that, Senator Ray Lutz broke off with a dismissive wave.") == []
    assert event_types("Iran broke off relations with Egypt on Monday.") == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The agency executed a marketing campaign aimed at young voters.",
        "Mr. Lutz beat the odds again.",
        "Investors have been beating down the bank's door for months.",
        "The newspaper rounded up a sampling of reactions from the governors.",
    ],
)
def test_a_harm_verb_with_a_plan_or_a_measure_as_object_is_no_assault(text: str) -> None:
    assert not {"ASSAULT", "COERCE"} & set(event_types(text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The gunmen executed three hostages on Friday.", "ASSAULT"),
        ("Militants executed the hostages on orders from their leader.", "ASSAULT"),
        ("Rebels beat two villagers to death near the border.", "ASSAULT"),
        ("Soldiers rounded up dozens of young men in the village.", "COERCE"),
    ],
)
def test_a_harm_verb_with_people_as_object_stays_an_act(text: str, kind: str) -> None:
    assert kind in event_types(text)
