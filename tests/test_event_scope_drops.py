"""True events that the scope filters used to drop: acts told in a clause beside a main-clause
word that is itself no event an analyst counts."""

from __future__ import annotations

import pytest

from .conftest import run_texts


def _types(text: str) -> list[str]:
    (result,) = run_texts(text)
    return [e.type for e in result.events]


@pytest.mark.parametrize(
    "text,type_",
    [
        # "fired back" with no one named is a retort (no event); the participles tell the
        # criticism
        (
            "Dole fired back in May, attacking Gore for his record and his tactics and "
            "generally impugning Gore's character.",
            "ACCUSE",
        ),
    ],
)
def test_act_beside_an_uncounted_main_word_is_kept(text: str, type_: str) -> None:
    assert type_ in _types(text)
