"""An act under a verb of continuation has been done so far: a question, condition or modal
over "continue"/"keep" asks whether it goes on, not whether it happened; a modal joined to an
adjective by a hyphen ("would-be") makes nothing hypothetical."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.events.modality import read_modality
from eventwire.model import Modality
from eventwire.parse.nlp import load_nlp

from .conftest import run_texts


def _events(text: str) -> list[tuple[str, str, float]]:
    (result,) = run_texts(text)
    return [(e.trigger.text, e.modality.value, e.confidence) for e in result.events]


def test_question_over_continued_act_keeps_the_act() -> None:
    text = "The question is whether Senator Hale continues to criticize Governor Ortiz."
    found = _events(text)
    assert any(t == "criticize" and m == "ongoing" and c >= 0.5 for t, m, c in found)


def test_condition_on_the_act_itself_stays_hypothetical() -> None:
    text = "Hale said Ortiz could criticize the ministers if they resigned."
    found = _events(text)
    assert all(m == "hypothetical" for t, m, _ in found if t == "criticize")


def test_would_be_adjective_is_no_modal() -> None:
    """The parser may take "would-be" for an auxiliary of "be" over the act: the reading must
    still see an adjective (parse given here as the parser gives it)."""
    words = ["They", "rail", "against", "his", "would", "-", "be", "rivals", "."]
    doc = Doc(
        load_nlp().vocab,
        words=words,
        spaces=[True, True, True, True, False, False, True, False, False],
        heads=[1, 6, 1, 7, 6, 6, 6, 6, 6],
        deps=["nsubj", "nsubj", "prep", "poss", "aux", "punct", "ROOT", "attr", "punct"],
        pos=["PRON", "VERB", "ADP", "PRON", "AUX", "PUNCT", "AUX", "NOUN", "PUNCT"],
        tags=["PRP", "VB", "IN", "PRP$", "MD", "HYPH", "VB", "NNS", "."],
        lemmas=["they", "rail", "against", "his", "would", "-", "be", "rival", "."],
    )
    assert read_modality(doc[1]).modality != Modality.HYPOTHETICAL
