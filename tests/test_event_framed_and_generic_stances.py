"""Acts that are only possible or generic are no events: an act inside what a place, a way or
a chance is for, the public's backing told of a kind of people, an effect a bare "that" has,
guarding against a danger, and a scholar's view of what a party must do or of what a party is.
Acts done in the same words still count."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "The forum soon became a place to voice support for the strikers.",
        "The union offered members the chance to wear badges to show support for the nurses.",
        "In Leeds, the idea of throwing their support to Novak is unthinkable.",
        "Kowalski said the only way to stop Novak from winning may be to rally behind Nowak.",
        "The ministry is studying the notion of closing the border with Moldavia.",
    ],
)
def test_acts_a_frame_is_for_are_no_events(text: str) -> None:
    assert typed_triggers(text) == []


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Kowalski saw the strike as a chance to attack the prime minister.",
            ("ACCUSE", "attack"),
        ),
        (
            "Novak used the opportunity to praise the Polish president.",
            ("SUPPORT", "praise"),
        ),
    ],
)
def test_a_chance_taken_up_is_the_act_done(text: str, coded: tuple[str, str]) -> None:
    assert coded in typed_triggers(text)


def test_a_clause_with_its_own_doer_inside_a_chance_is_told() -> None:
    text = (
        "The visit gives Novak the chance to help defend Silesia for his party after "
        "Kowalski has promised to win it."
    )
    assert ("AGREE", "promised") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Even though people initially hailed the reforms as bold, the economy shrank.",
        "Voters say the reasons people are supporting a tax like this are sound.",
        '"In the end, voters would support a tax like this," Novak added.',
    ],
)
def test_the_publics_backing_as_a_kind_is_no_act(text: str) -> None:
    assert [t for t in typed_triggers(text) if t[0] == "SUPPORT"] == []


def test_a_named_public_still_backs() -> None:
    assert ("SUPPORT", "lining up") in typed_triggers(
        "Labour primary voters are lining up behind Mr. Novak."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Supporters cheered Mr. Novak at a rally in Leeds.",
        "Voters cheered Mr. Novak on Tuesday.",
    ],
)
def test_the_publics_backing_on_an_occasion_is_an_act(text: str) -> None:
    assert ("SUPPORT", "cheered") in typed_triggers(text)


def test_an_effect_of_a_thing_is_no_appeal() -> None:
    text = (
        "The European Union cut its aid to Moldova in May. "
        "That will, in turn, bring pressure on Chisinau to change course."
    )
    assert typed_triggers(text) == [("SANCTION", "cut")]


def test_guarding_against_a_danger_backs_no_one() -> None:
    text = "Kowalski said the alliance would deter and defend against Russian aggression."
    assert [t for t in typed_triggers(text) if t[0] == "SUPPORT"] == []


def test_defending_a_party_still_backs_it() -> None:
    assert ("SUPPORT", "defended") in typed_triggers("Novak defended Kowalski against critics.")


def test_a_scholars_must_is_analysis() -> None:
    text = (
        "Turnout among students is rising fast, said Anna Kowalczyk, a political scientist at "
        'the University of Warsaw. "He has to keep them interested and get them to actually '
        'vote."'
    )
    assert typed_triggers(text) == []


def test_a_market_analysts_must_is_analysis() -> None:
    text = (
        'Vantor Motors Inc. lost money again in March. "Vantor has to keep cutting its costs," '
        "said Pavel Dvorak, an analyst at Morrow Brothers Securities Inc."
    )
    assert typed_triggers(text) == []


def test_a_bank_executives_must_is_still_a_demand() -> None:
    text = '"Novak has to withdraw his bill," said Pavel Dvorak, the chairman of Morrow Bank Inc.'
    assert typed_triggers(text) == [("REQUEST", "said")]


def test_a_senators_must_is_still_a_demand() -> None:
    text = '"Novak has to withdraw his bill," said Senator Anna Kowalczyk.'
    assert typed_triggers(text) == [("REQUEST", "said")]


@pytest.mark.parametrize(
    "text",
    [
        '"Novak is the strongest candidate the party has," said Anna Kowalczyk, a political '
        "scientist at the University of Warsaw.",
        '"To many voters, Novak seems reckless," said Anna Kowalczyk, a historian at the '
        "University of Warsaw.",
    ],
)
def test_a_scholars_verdict_on_a_party_is_analysis(text: str) -> None:
    assert not {t for t, _ in typed_triggers(text)} & {"SUPPORT", "ACCUSE"}


def test_a_scholars_own_criticism_still_counts() -> None:
    text = (
        "Anna Kowalczyk, a political scientist at the University of Warsaw, criticized Novak "
        "for cutting school budgets."
    )
    assert ("ACCUSE", "criticized") in typed_triggers(text)


def test_an_act_drawn_by_a_thing_is_still_its_named_doers() -> None:
    text = "Israel expanded settlements on Monday. This brought a formal protest from Egypt."
    assert ("ACCUSE", "protest") in typed_triggers(text)


def test_the_publics_demand_of_a_party_is_an_appeal() -> None:
    text = "Angry citizens demanded the resignation of Prime Minister Viktor Orban."
    assert ("REQUEST", "demanded") in typed_triggers(text)
