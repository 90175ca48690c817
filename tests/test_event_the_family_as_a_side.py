"""A family made definite is a side of its own ("the family refused", "the victim's family
accused the police"), and so is the client of counsel ("lawyers for the boy's family sent a
protest" is the family's protest); a family named in passing ("assure a family", "with aides
and family") is none."""

from __future__ import annotations

from .conftest import event_sides

DATELINE = "TAMPA, Fla. (AP) - "


def test_the_family_refusing_is_the_source() -> None:
    text = DATELINE + (
        "A judge ordered the aunt and uncle to return the girl to her mother by Friday."
        " The family refused, and deputies took the girl on Saturday."
    )
    found = event_sides(text)
    assert any(t == "REJECT" and "family" in s for t, s, _ in found), found


def test_a_victims_family_accusing_the_police() -> None:
    text = DATELINE + "The victim's family accused the sheriff's office of a cover-up on Monday."
    found = event_sides(text)
    assert any(t == "ACCUSE" and "family" in s for t, s, _ in found), found


def test_lawyers_for_a_family_act_for_the_family() -> None:
    text = DATELINE + (
        "Lawyers for the girl's family sent letters of protest to Governor Ron Hale on Tuesday."
    )
    found = event_sides(text)
    protests = [(s, t) for type_, s, t in found if type_ == "ACCUSE"]
    assert any("family" in s and "Hale" in t for s, t in protests), found


def test_a_family_in_passing_is_no_side() -> None:
    text = DATELINE + "Senator Ron Hale met with aides and family on Wednesday in Tampa."
    found = event_sides(text)
    assert not any("family" in s or "family" in t for _, s, t in found), found


def test_a_named_family_stays_the_named_persons() -> None:
    text = DATELINE + (
        "Senator Ron Hale spoke in Tampa on Monday. The Hale family, long a force in state"
        " politics, clashed on Tuesday with Governor Mark Dunn over the budget."
    )
    found = event_sides(text)
    assert any("Hale" in s for _, s, _ in found), found
    assert not any(s == "family" for _, s, _ in found), found
