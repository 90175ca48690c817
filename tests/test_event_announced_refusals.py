"""A refusal told by its own negation: "will not take part", "will not be intimidated by X" is
REJECT by the one who says it, done in the saying; a past "did not take part" is no refusal, nor
a bare "we will not be bullied", which names nothing refused. "Mexico would not pay for the
wall" refuses what another party asks for; "will not pay attention" hands nothing over."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Lukashenko said he would not take part in the summit.", "BLR"),
        ('"We will not be intimidated by Washington," Maduro told supporters.', "VEN"),
        ("Erdogan said he would not be pressured into changing the law.", "TUR"),
        ("Pena Nieto told Trump that Mexico would not pay for the wall.", "MEX"),
        ('"Mexico is not going to pay for that wall," Fox told reporters.', "MEX"),
        ("Lukashenko said he is not going to take part in the summit.", "BLR"),
    ],
)
def test_announced_refusals_are_rejections(text: str, source: str) -> None:
    (result,) = run_texts(text)
    events = [e for e in result.events if e.type == "REJECT"]
    assert [(e.modality.value, [a.country for a in e.actors]) for e in events] == [
        ("occurred", [source])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor did not take part in the robbery, the court found.",
        "About 500 delegates will take part in the summit in Lima.",
        '"We will not be bullied," the Latvian defence minister told reporters.',
        '"Our movement will not be silenced by anyone," the union leader said.',
        "Obama said voters will not pay attention to the ads.",
        "The insurance policy would not pay out in cases of suicide.",
    ],
)
def test_no_refusal_without_an_announced_negation(text: str) -> None:
    (result,) = run_texts(text)
    assert "REJECT" not in [e.type for e in result.events]
