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
