"""Formulas of speech, generic statements and other senses that borrow event words but tell no
act: thanks said to no one, a reporter's question, a fight for a cause, the generic "you", a
demonstration of a fact, a duty due in the past, a bounty, a view agreed with, a person described
by what she does. Each has a control that stays."""

from __future__ import annotations

import pytest

from tests.conftest import triggered_types


@pytest.mark.parametrize(
    "text,kind",
    [
        ('"Well, thank you all very much," the senator told the crowd in Ohio.', "SUPPORT"),
        ('The governor laughed, "Thank heaven the storm missed the coast."', "SUPPORT"),
        (
            "Asked to comment on the ruling, a State Department spokesman said it was early days.",
            "REQUEST",
        ),
        ("An official, who asked not to be identified, said the talks had stalled.", "REQUEST"),
        ("The mayor declined a question about whether she would run again.", "REJECT"),
        ("The senator has fought for lower taxes throughout her career.", "ASSAULT"),
        (
            "Mr. Kowalski praised people who fought on behalf of civil rights in the sixties.",
            "ASSAULT",
        ),
        ('"You may not agree with the governor, but he delivered," the mayor said.', "AGREE"),
        ('"You are not going to win Ohio by attacking the unions," she said.', "ACCUSE"),
        ('"When you negotiate with a landlord, you lose," Smith said.', "CONSULT"),
        (
            "The treaty is the clearest demonstration of the fact that the region is at peace.",
            "PROTEST",
        ),
        ("Critics said that the senator should not have accepted the money.", "REQUEST"),
        ("Jan Novak, a veteran anti-war protester, spoke at the library in Prague.", "PROTEST"),
        ("Speaking on Monday, Senator Ortiz agreed, calling it a fair compromise.", "AGREE"),
        ("A $2 million reward has been offered for the gunman's capture.", "AGREE"),
        (
            "The State Department is offering a $1 million reward for information on the bombers.",
            "AGREE",
        ),
    ],
)
def test_words_that_tell_no_act_are_no_events(text: str, kind: str) -> None:
    assert kind not in {found for _, found in triggered_types(text)}


@pytest.mark.parametrize(
    "text,event",
    [
        ("President Obama thanked Angela Merkel for her help on Monday.", ("thanked", "SUPPORT")),
        ("The United Nations asked Iraq to provide access to the sites.", ("asked", "REQUEST")),
        (
            "The rebels fought for control of the town, shelling its market with mortars.",
            ("fought", "ASSAULT"),
        ),
        ('"Senator Cruz attacked the unions in Ohio," she said on Monday.', ("attacked", "ACCUSE")),
        (
            "Thousands of students held a demonstration of support for the strikers in Seoul.",
            ("demonstration", "PROTEST"),
        ),
        ("The United Nations said Iraq must withdraw its troops.", ("said", "REQUEST")),
        ("Russia offered Ukraine talks in Minsk on Monday.", ("offered", "AGREE")),
        (
            "Thousands of protesters marched on parliament in Kiev on Sunday.",
            ("marched", "PROTEST"),
        ),
        (
            "Israel and Hamas agreed to a truce on Monday, ending a week of fighting.",
            ("agreed", "AGREE"),
        ),
    ],
)
def test_the_same_words_telling_an_act_stay_events(text: str, event: tuple[str, str]) -> None:
    assert event in triggered_types(text)
