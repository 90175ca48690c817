"""An act whose object or addressee is no one ("apologize to nobody", "met with no one") is
told as not done: its modality is negated."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text,type_",
    [
        ('"I apologize to nobody for that," Senator Ruth Kemp said during the debate.', "SUPPORT"),
        ("Governor Dan Marsh met with no one from the union on Monday.", "CONSULT"),
        ("Senator Ruth Kemp criticized none of her rivals.", "ACCUSE"),
    ],
)
def test_act_done_to_no_one_is_negated(text: str, type_: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert [e.modality for e in result.events if e.type == type_] == ["negated"]


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Senator Ruth Kemp apologized to the voters.", "SUPPORT"),
        ("Ana Ruiz, a mayor who insults immigrants and bows to no one, spoke.", "ACCUSE"),
    ],
)
def test_act_done_to_someone_stays_done(text: str, type_: str) -> None:
    (result,) = run_texts(text, date="2016-05-02")
    assert [e.modality for e in result.events if e.type == type_] == ["occurred"]
