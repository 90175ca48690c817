"""Headlines drop articles and use the present tense; the tagger often reads "blasts" or "rips"
between two names as a noun, and the act must still be coded."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    "text,type_",
    [
        ("Trump rips Joe Scarborough.", "ACCUSE"),
        ("Merkel slams Erdogan over the arrests.", "ACCUSE"),
    ],
)
def test_headline_verb_read_as_a_noun_is_coded(text: str, type_: str) -> None:
    (result,) = run_texts(text)
    assert type_ in [e.type for e in result.events]
