"""Rulings, orders and insistence that a party act: "the agency ruled that the boy must be
returned", "the ministry ordered that the ship be returned", "Japan insists that Pyongyang
return the abductees".

Stating what another party must do is a demand (CAMEO 100, `patterns._obligation`). A speech verb
tells it with a modal ("said Iraq must withdraw"); a verb of decreeing (`event_words.tsv`: rule,
order, insist) tells it with the subjunctive its clause takes as well: a bare verb with a
subject of its own and no auxiliary. "insist that Sanders may yet win" asserts, and is no demand.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import OBLIGATION, words

DECREES = words("event_words.tsv", "decree")
SINGULAR_NOUNS = {"NN", "NNP"}  # "that Serbia hand over": no present tense, so a subjunctive
BASE_FORMS = {"VB", "VBP"}  # the tagger reads "Serbia hand over" as a present tense


def obliging(verb: Token, clause: Token) -> bool:
    """Whether the complement clause of a speech or decree verb says what must be done."""
    if clause.dep_ != "ccomp":
        return False
    if any(a.dep_ == "aux" and a.lower_ in OBLIGATION for a in clause.children):
        return True
    return verb.lemma_.lower() in DECREES and _subjunctive(clause)


def _subjunctive(clause: Token) -> bool:
    """ "that the ship be returned", "that Serbia hand over the suspects"; "that they hand over"
    may be a present tense, so a plural subject counts only with "be"."""
    children = list(clause.children)
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or any(c.dep_ == "aux" for c in children):
        return False
    be = clause.lower_ == "be" or any(c.dep_ == "auxpass" and c.lower_ == "be" for c in children)
    singular = clause.tag_ in BASE_FORMS and any(s.tag_ in SINGULAR_NOUNS for s in subjects)
    return be or singular
