"""An outlet's own editor's note that names a party with a strong insult ("Editor's note: X is
a habitual liar") is the outlet's accusation: its writer, the editor the label names, the
source, the party the target, told as done; a plain description in a note, a denied insult and
the same words said by no note stay out."""

from __future__ import annotations

import pytest

from .conftest import run_texts

STORY = "The governor spoke at a rally in Dayton on Monday.\n\n"


def _accusations(text: str) -> list[tuple[str, list[str], list[str], str]]:
    (result,) = run_texts(text, date="2016-05-02")
    return [
        (e.trigger.text, [a.name for a in e.actors], [r.name for r in e.recipients], e.modality)
        for e in result.events
        if e.type == "ACCUSE"
    ]


@pytest.mark.parametrize(
    ("note", "trigger"),
    [
        ("Editor’s note: Governor Paul Marsh is a habitual liar and a bully.", "liar"),
        ("Editor's note: Paul Marsh often mocks reporters and is a shameless racist.", "racist"),
        ("Editor's note: Paul Marsh often\nmocks\nreporters and is a shameless liar.", "liar"),
    ],
)
def test_an_editors_note_insult_is_the_outlets_accusation(note: str, trigger: str) -> None:
    (found,) = _accusations(STORY + note)
    assert found[:3] == (trigger, ["Editor"], ["Paul Marsh"])
    assert str(found[3]).lower().endswith("occurred")


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: Governor Paul Marsh is a member of the budget committee.",
        "Editor's note: Governor Paul Marsh is not a liar.",
        "Our note: Governor Paul Marsh is a habitual liar.",
    ],
)
def test_a_plain_or_denied_or_unlabelled_note_accuses_no_one(note: str) -> None:
    assert not [f for f in _accusations(STORY + note) if f[0] == "liar" or not f[1]]
