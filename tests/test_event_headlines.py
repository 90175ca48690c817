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


def test_words_quoted_after_a_headline_colon_leave_its_verb_coded() -> None:
    # the quoted words' verbs are not the headline's, and a headline verb is no generic plural
    (result,) = run_texts("Walker heckles Sanders supporters: 'You are being ridiculous.'")
    assert [(e.type, e.trigger.text) for e in result.events] == [("ACCUSE", "heckles")]
