"""An act needs a doer who can act: a thing that "clashes with" a faith, an "it" that "blew up",
a warning by people that "it could" do harm, an event that "has allowed" something, or a
deadlock that "destroyed" a plan tell no act; the same words with a party as the doer stay
acts (a joined subject too, when one of its members can act, and "X is a loner who vowed"), and
the one held "in custody" is the target of the arrest, not its doer."""

from __future__ import annotations

import pytest

from tests.conftest import event_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Church leaders oppose a custom that clashes with their faith.", "ASSAULT"),
        ("The airliner left Lagos at noon. Witnesses said it suddenly blew up.", "COERCE"),
        ("Farm groups warn it could ruin exporters by raising tariffs.", "THREATEN"),
        ("Senator Maria Lopez warned it would hurt small towns.", "THREATEN"),
        (
            "The festival has drawn crowds for years and has allowed thousands of pilgrims to "
            "enter the city.",
            "CONCEDE",
        ),
        ("A budget deadlock destroyed the mayor's plan to build housing.", "COERCE"),
        ("Rumours of fraud could not keep Ortega from winning the vote.", "COERCE"),
    ],
)
def test_a_thing_as_the_doer_tells_no_act(text: str, kind: str) -> None:
    assert kind not in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Rebels who clashed with troops near Goma fled into the hills.", "ASSAULT"),
        ("Guerrillas blew up a railway bridge near Kandor.", "COERCE"),
        ("Soldiers destroyed the bridge near Kandor.", "COERCE"),
        ("The finance ministry cut aid to the province.", "SANCTION"),
        ("President Vera Lind said the vote was fair and urged Latvia to accept it.", "REQUEST"),
        ("Iran warned it would retaliate against any strike on its soil.", "THREATEN"),
        (
            "The governor has served two terms and has allowed protesters to march in the capital.",
            "CONCEDE",
        ),
        # a joined subject acts when one of its members can: "politicians" is in no list
        ("Politicians and activists are decrying a rash of hateful speech.", "ACCUSE"),
        ("Politicians and voters alike are calling on Mayor Ray Dunn to resign.", "REQUEST"),
        # "who" after a noun said of the subject by "is" stands for that subject
        ("Senator Ann Holt is a stubborn loner and bully who vowed to block the deal.", "THREATEN"),
    ],
)
def test_a_party_as_the_doer_still_acts(text: str, kind: str) -> None:
    assert kind in event_types(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Local politicians fired back at the governor's comments on the tax plan.", "ACCUSE"),
        ("Environmentalists welcomed the ministry's decision to close the mine.", "SUPPORT"),
        ("Politicians and ordinary voters are calling on the mayor to resign.", "REQUEST"),
    ],
)
def test_nouns_formed_as_a_doers_act(text: str, kind: str) -> None:
    """Nouns formed as a doer's ("environmentalists", "politicians") name someone who can act,
    listed or not."""
    assert kind in event_types(text)
