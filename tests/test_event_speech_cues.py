"""The events stage reads a speech cue per token, with its particle, from the one reader of
`cue_verbs.tsv` rows (`parse/cue_rows.py`): "pointed out" and "fired back" say something,
while "pointed" and "fired" alone do not, nor does "referred" without its "to"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import reports, speaks
from eventwire.parse.nlp import load_nlp


def _verb(text: str, word: str) -> Token:
    return next(t for t in load_nlp()(text) if t.text == word)


def test_a_phrasal_cue_speaks_with_its_particle() -> None:
    assert speaks(_verb("The minister pointed out that the talks had failed.", "pointed"))
    assert speaks(_verb("The senator fired back that the bill was fair.", "fired"))


def test_the_verb_of_a_phrasal_cue_alone_does_not_speak() -> None:
    assert not speaks(_verb("The soldiers fired at the crowd on Monday.", "fired"))
    assert not speaks(_verb("The officer pointed at the map.", "pointed"))


def test_a_verb_reports_only_as_its_row_reads() -> None:
    assert reports(_verb("The mayor said the road would reopen.", "said"))
    assert reports(_verb("The mayor referred to the plan as a failure.", "referred"))
    assert not reports(_verb("The court referred the case back to the judge.", "referred"))


def test_a_cue_that_reports_only_alone_is_no_speech_over_an_object_or_an_infinitive() -> None:
    assert not speaks(
        _verb("Protesters interrupted the senator's speech on Monday.", "interrupted")
    )
    assert not speaks(_verb("The fighting persisted for days.", "persisted"))
    assert not speaks(_verb("The rebels continued to shell the city.", "continued"))
    assert speaks(_verb("“We will win this race,” she continued.", "continued"))
