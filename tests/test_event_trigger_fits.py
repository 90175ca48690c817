"""Acts whose trigger row fits only once the clause or the tag around the word is read.

A voiced noun is put out by a light verb in a relative clause ("the charges the prosecutor
levelled"), or told by its owner with the "that" clause it said ("the governor's charge that
..."); a feeling with its "that" clause stays a mood. A clause's "to" phrase is no infinitive:
"admitted that he sent the files to reporters" is an admission with a finite clause. A past
participle that modifies a noun is an act when an adverb of when or how widely tells it
("recently hacked emails"); bare ("the disputed border") or hyphened ("hard-fought") it is a
quality."""

from __future__ import annotations

import pytest

from tests.conftest import typed_triggers


@pytest.mark.parametrize(
    "text,act",
    [
        (
            "The charges the prosecutor levelled against the mayor of Lyon were serious.",
            ("ACCUSE", "charges"),
        ),
        (
            "The blame the Polish minister laid on the Belarusian guards drew a sharp reply.",
            ("ACCUSE", "blame"),
        ),
        (
            "The governor's charge that the agency had hidden the audit stunned Senator Ortiz.",
            ("ACCUSE", "charge"),
        ),
    ],
)
def test_voiced_noun_told_in_its_clause_is_coded(text: str, act: tuple[str, str]) -> None:
    assert act in typed_triggers(text)


def test_feeling_with_a_that_clause_is_no_act() -> None:
    text = "The mayor's frustration that the budget vote failed was plain to reporters."
    assert not [a for a in typed_triggers(text) if a[1] == "frustration"]


def test_admission_with_a_to_phrase_in_its_clause_is_coded() -> None:
    text = "The Danish clerk admitted that he had passed the ministry files to reporters."
    assert ("CONCEDE", "admitted") in typed_triggers(text)


@pytest.mark.parametrize(
    "text,act",
    [
        (
            "Rebels published recently hacked emails of the Chilean ministry.",
            ("COERCE", "hacked"),
        ),
    ],
)
def test_hidden_verb_is_coded(text: str, act: tuple[str, str]) -> None:
    assert act in typed_triggers(text)


@pytest.mark.parametrize(
    "text,word",
    [
        ("Serbian police patrolled the disputed border near the Kosovo town.", "disputed"),
        ("The Peruvian senator won a hard-fought race in Lima.", "fought"),
    ],
)
def test_participle_of_quality_is_no_act(text: str, word: str) -> None:
    assert not [a for a in typed_triggers(text) if a[1] == word]
