"""A dispute taken to a body: an appeal to that body (REQUEST), or a lawsuit (115) when the
body is a court; taken anywhere that is no one ("to the streets", "to heart") it is no act."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Bolivia took its water dispute with Chile to the United Nations.", [("REQUEST", "100")]),
        (
            "Chile takes fishing row with Peru to regional bloc\n\nNo talks are planned.",
            [("REQUEST", "100")],
        ),
        ("Bolivia took its water dispute with Chile to the world court.", [("ACCUSE", "115")]),
        ("Bolivia took the dispute to the streets.", []),
        ("The minister took the dispute to heart.", []),
    ],
)
def test_dispute_taken_to_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    (result,) = run_texts(text)
    assert [(e.type, e.cameo) for e in result.events][: len(expected) or 1] == expected
