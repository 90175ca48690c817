"""Reported acts that news tells with words beyond the core trigger list: voiced displeasure,
retaliation, flag burning, teams sent to a country, instructions, and their sense checks."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,type_",
    [
        ("The Cuban government expressed its displeasure at the delay on Friday.", "ACCUSE"),
        ("Mr. Trump's pointed critique of President Bush startled party leaders.", "ACCUSE"),
        ("Donald Trump hit Hillary Clinton for her vote on the war.", "ACCUSE"),
        ("Protesters burned American flags outside the embassy in Tehran.", "PROTEST"),
        ("Rebels fired rockets at the town on Monday.", "ASSAULT"),
        ("Japan sent a team of rescuers to Turkey on Tuesday.", "AID"),
        ("King Hussein assured Bush that Jordan would cooperate.", "AGREE"),
        ("The minister instructed the embassy to issue the visas.", "REQUEST"),
        ("The president portrayed Mr. Trump as a nasty and divisive candidate.", "ACCUSE"),
        ("Hillary Clinton is swinging hard at Bernie Sanders in the debate.", "ACCUSE"),
        ("The foreign minister expressed gratitude to Japan on Monday.", "SUPPORT"),
        ("Thousands of students chanted slogans against the government in Jakarta.", "PROTEST"),
        ("The attorney general ordered the Miami relatives to surrender the boy.", "REQUEST"),
        ("Prosecutors leveled charges against the former minister on Monday.", "ACCUSE"),
        ("The senator took the administration to task over the delays.", "ACCUSE"),
        ("Obama spoke with Putin by telephone on Tuesday.", "CONSULT"),
        ("Gunmen wounded three soldiers in an ambush near Jenin.", "ASSAULT"),
        ("Jeb Bush, helped by George, goes after Donald Trump.", "ACCUSE"),
        ("The moderator unloaded on the GOP front-runner with a question.", "ACCUSE"),
        ("The president wants Congress to pass the bill by Friday.", "REQUEST"),
        ("Clinton said Donald Trump did terrible things to women.", "ACCUSE"),
        ("The UN issued an appeal for calm in Burundi on Monday.", "REQUEST"),
        ("The ministry retreated from its stance on the tariffs last week.", "CONCEDE"),
        ("The troops retreated from their positions near the border.", "RETREAT"),
        ("The UN made an appeal to end the fighting in Darfur.", "REQUEST"),
        ("He had a long talk with the Chinese premier on Friday.", "CONSULT"),
        ("Thousands joined a rally against the war in London on Saturday.", "PROTEST"),
        ("The minister expressed support for the Palestinian bid.", "SUPPORT"),
        ("Security forces suppressed the protests in the capital on Sunday.", "ASSAULT"),
        ("Japan will coordinate with South Korea on the missile threat.", "COOPERATE"),
        ("Government troops are fighting rebels in the north.", "ASSAULT"),
        ("The FBI reopened the case on Monday.", "ACCUSE"),
        ("The rescue teams sent to Kenya by Japan arrived on Monday.", "AID"),
        ("The senator wants the emails released before the vote.", "REQUEST"),
    ],
)
def test_acts_told_with_wider_vocabulary(text: str, type_: str) -> None:
    assert event_types(text) == [type_]


def test_retaliation_promised_is_a_threat_to_come() -> None:
    (result,) = run_texts("Iraq would retaliate against Venezuela, the ambassador said.")
    (event,) = result.events
    assert (event.type, event.modality) == ("ASSAULT", "planned")


@pytest.mark.parametrize(
    "text",
    [
        "Public anger over food prices grew in Cairo last month.",  # a mood, not voiced at anyone
        "The commander sent a team to recover the remains.",  # own errand: sent to no one
        "The commander ordered his men to search the forest.",  # a command inside one party
        "The report described the plan as a disaster.",  # an opinion of a thing, of no one
        "Unisys took a $60 million charge in the quarter.",  # an amount, not an accusation
        "Trump spoke with reporters outside the hotel.",  # the press, not a party consulted
        "A spokesman, speaking with customary anonymity, gave no details.",  # with no one
        "The police went after the gang's money.",  # after no one who can act
        "Donald Trump wants to win Ohio in November.",  # a wish that binds no one else
        "Trump's diverse appeal among Republicans will be tough for Ted Cruz.",  # attraction
        "Mr. Trump held a news conference nearby on Monday.",  # the press, no consultation
        "The race has defied the expectations of the electorate.",  # no one defied
        "All the talk doesn't matter if we don't win.",  # chatter, no partner
        "Clinton's rally at a union hall appeared choreographed.",  # a campaign event
        "Thousands joined a caucus rally in Des Moines on Saturday.",  # a campaign event
        "Clinton tried to demonstrate that she offered a cure.",  # showing, not protesting
        "If she can strike the right balance, she will win.",  # an idiom, no walkout
        "His approval rating far surpasses Clinton's support by 12 points.",  # standing
        "The truck driver slammed into the crowd on the promenade.",  # no criticism
        "Lazaro Gonzalez is fighting to keep the boy in the United States.",  # striving
        "One of the most bitter charges came in the custody battle.",  # a legal contest
        "You can be assured that the party would have backed him.",  # being sure, no assurance
        "Telerate provides information about financial markets.",  # a business, to no one
        "The committee will review the bill next week.",  # a bill, no wrong investigated
        "He wishes he could have spent more time in Ohio.",  # a regret, no one asked
        "The new policy sent to Congress runs to 40 pages.",  # a policy, no team sent
    ],
)
def test_words_in_another_sense_are_no_events(text: str) -> None:
    assert event_types(text) == []


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Several Republican senators withdrew their support for Donald Trump.", "withdrew"),
        ("The United States withdrew its aid to the program in May.", "withdrew"),
    ],
)
def test_withdrawing_support_or_aid_reduces_relations(text: str, trigger: str) -> None:
    (result,) = run_texts(text)
    assert [(e.type, e.trigger.text) for e in result.events] == [("SANCTION", trigger)]


@pytest.mark.parametrize(
    "text",
    [
        "The party solicited the big banks to back its nominee.",
        "The committee solicited donations from oil companies last year.",
    ],
)
def test_soliciting_a_party_to_act_or_for_money_is_a_request(text: str) -> None:
    assert "REQUEST" in event_types(text)
