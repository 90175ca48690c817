"""An act told as hearsay ("allegedly", "reportedly", "is said to have") is claimed, not
established; an act only said to be likely ("is likely to send troops") is hypothetical; one
said to be ruled out ("is out of the question") is negated; one hoped for is planned. An act
its owner is said to have done keeps its own time as the subject of what it brings about
("X's endorsement will raise questions"), unless the verb tells the act itself ("will resume")."""

from __future__ import annotations

import pytest

from .conftest import typed_modalities


@pytest.mark.parametrize(
    "text,coded",
    [
        ("Militants allegedly attacked the convoy near Kandahar.", [("ASSAULT", "claimed")]),
        ("The militants reportedly killed 9 soldiers.", [("ASSAULT", "claimed")]),
        ("Syria is said to have attacked the border post.", [("ASSAULT", "claimed")]),
        ("Militants are believed to have attacked the convoy.", [("ASSAULT", "claimed")]),
        ("Militants attacked the convoy near Kandahar.", [("ASSAULT", "occurred")]),
        ("Ethiopia is likely to send troops to Somalia.", [("MOBILIZE", "hypothetical")]),
        ("Kenyan troops may launch an offensive on the militants.", [("ASSAULT", "hypothetical")]),
        ("Benin hopes to sign a deal with Niger.", [("SUPPORT", "planned")]),
        (
            "Senator Lee's endorsement of Senator Ortiz will no doubt raise questions.",
            [("SUPPORT", "occurred")],
        ),
        ("Chile's talks with the European Union will resume on Monday.", [("CONSULT", "planned")]),
        (
            "Officials said that lifting the embargo on Laos is out of the question.",
            [("RETREAT", "negated")],
        ),
    ],
)
def test_hearsay_is_claimed_and_likelihood_hypothetical(
    text: str, coded: list[tuple[str, str]]
) -> None:
    assert typed_modalities(text) == coded


@pytest.mark.parametrize(
    "text,coded",
    [
        (
            "Ortiz's speeches, including his call to deport all migrants, could anger voters.",
            ("THREATEN", "occurred"),
        ),
        (
            "Lee's speeches, like her threat to sue Governor Okafor, may cost her votes.",
            ("THREATEN", "occurred"),
        ),
    ],
)
def test_owned_act_listed_in_a_subject_is_told_with_its_own_time(
    text: str, coded: tuple[str, str]
) -> None:
    """ "his rhetoric, including his call to ban X, could galvanize Y": an act an owner is
    said to have done, listed as an example in the subject of what it may bring about, is
    told as done, not mentioned in passing nor made possible by the subject's modal."""
    assert coded in typed_modalities(text)


@pytest.mark.parametrize(
    "text",
    [
        "Issues like a ban on migrants could anger voters.",
        "Lee's record, including her opposition to the treaty, may cost her votes.",
        "Lee's record, including her support of the treaty, may cost her votes.",
        "Lee avoids criticizing Okafor's campaign, including his threat to sue Governor Ruto.",
    ],
)
def test_unowned_or_held_example_in_a_subject_stays_background(text: str) -> None:
    """ "issues such as a ban on X": an act noun no one owns, listed as an example, names a
    topic; "including her opposition to the treaty" names a position held, no act told; an
    act listed in another act's object is that act's content."""
    assert not [c for c in typed_modalities(text) if c[0] in {"THREATEN", "REJECT", "SUPPORT"}]
