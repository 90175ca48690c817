"""Acts of campaign and parliamentary news the lexicon now reads: being disappointed in someone,
clashing with someone when no arms are told, feuding, quarrelling or tangling with someone
(ACCUSE), working or teaming up with someone (COOPERATE), lining up behind a candidate (SUPPORT),
withholding backing or turning one's back on someone (REJECT), cutting, reducing or withholding
aid or funding (SANCTION), money given to someone (AID) and a prohibition lifted (CONCEDE); a
gerund after "before" or "after" aimed at someone is an act of its own, and a headline verb the
tagger read as a noun is read with its particle ("Sides With"). Other senses stay no act."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts, trigger_sides


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Governor Ortiz has been feuding with Senate leaders all month.", "ACCUSE"),
        ("Senator Blake tangled with Governor Reyes over the budget.", "ACCUSE"),
        ("Mayor Chen said she will work with the county commissioners on the plan.", "COOPERATE"),
        ("The party's elders quickly lined up behind Helen Park.", "SUPPORT"),
        ("At the debate, Ortiz withheld his endorsement from Governor Reyes.", "REJECT"),
        ("The Dutch parliament withheld aid from Nicaragua.", "SANCTION"),
        ("Several firms reduced their financial support for the Labour conference.", "SANCTION"),
        ("Norway gave $40 million to the Red Cross in Sudan.", "AID"),
        ("This year, Congress lifted the prohibition on such donations.", "CONCEDE"),
        ("Maria Lopez Sides With Tom Ortiz On Trade", "SUPPORT"),
        ("When given the chance, Governor Ortiz turned his back on farmers.", "REJECT"),
        ("Senator Blake clashed with Governor Ortiz over the budget on Monday.", "ACCUSE"),
        ("Rebels clashed with government troops near Goma on Sunday.", "ASSAULT"),
    ],
)
def test_political_act_is_coded(text: str, expected: str) -> None:
    assert expected in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "She works with children at a clinic in Leeds.",
        "The campaign lined up a venue in Ohio for Saturday.",
        "Pollsters say the ads reduced support for Ortiz among older women.",
        "She was disappointed in the results of the vote.",
    ],
)
def test_other_senses_are_no_act(text: str) -> None:
    assert event_types(text) == []


def test_gerund_after_time_preposition_is_its_own_act() -> None:
    """ "had endorsed X before backing Y": two acts of backing, each with its own target."""
    (result,) = run_texts(
        "Mr. Lindqvist had endorsed Senator Graham and Mr. Ortiz before backing Ms. Park."
    )
    targets = [" ".join(r.name for r in e.recipients) for e in result.events if e.type == "SUPPORT"]
    assert len(targets) == 2
    assert "Park" in targets[1]


def test_marked_gerund_aimed_at_someone_is_its_own_act() -> None:
    """ "faulted X while praising Y": the gerund the parse hangs on the verb with its "while"
    tells a second act toward its own target, not a circumstance of the first."""
    sides = trigger_sides(
        "Senator Maria Ortiz on Tuesday faulted Governor Reyes as timid while praising Mayor"
        " Chen as a tireless reformer.",
        "SUPPORT",
    )
    assert sides == [("praising", ["Maria Ortiz"], ["Chen"])]


def test_marked_gerund_of_a_place_visited_stays_the_scene() -> None:
    """ "while touring the plant": aimed at no one, the gerund only sets the scene."""
    text = "Governor Reyes praised Senator Blake while touring the plant in Dayton."
    assert event_types(text) == ["SUPPORT"]


def test_named_subject_the_tagger_read_as_a_noun_acts() -> None:
    """ "Price did rule out cuts": a surname the tagger reads as a common noun is still the
    actor the article named, so the saying or dealing verb has an agent."""
    text = "Senator Tom Price spoke in Atlanta on Monday. Price did rule out cuts to the program."
    assert "REJECT" in event_types(text)


def test_disappointment_in_someone_is_criticism_of_them() -> None:
    """ "disappointed in Senator Blake": the adjective's own preposition names the target."""
    (result,) = run_texts("Governor Ortiz said he is very disappointed in Senator Blake.")
    (event,) = result.events
    assert event.type == "ACCUSE"
    assert "Blake" in event.recipients[0].name
