"""Acts an embedded question leaves open: "have not said who they would vote for", "asked
whether Russia would attack", "unclear how Iran will respond".

A yes-no question ("whether", "if") never tells that its act happens. A wh-question about an
act still to come (a modal in it: "when the troops would withdraw") asks who, when or how it
will be done, so it is no plan or report either; one about a done act ("explained why the army
attacked") takes the act as given, and so does one about why a future act will be ("explained
why he will not back Trump": he will not), while "why Democrats can't point fingers" keeps the
modal's doubt. Either way the question is a clause of its own: "would not say when the troops
withdrew" does not negate the withdrawal.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.planned_modality import FUTURE_MODALS
from eventwire.parse.tags import (
    MODAL_TAG,
    VERB_POS,
    WH_ADVERB_TAG,
    WH_DETERMINER_TAG,
    WH_POSSESSIVE_TAG,
    WH_PRONOUN_TAG,
)

YES_NO = words("modality_words.tsv", "yes_no")
REASONS = words("modality_words.tsv", "reason_question")  # why: a future act asked about is given
# which, who, whose, when/how/why/where
QUESTION_WORD_TAGS = {WH_DETERMINER_TAG, WH_PRONOUN_TAG, WH_POSSESSIVE_TAG, WH_ADVERB_TAG}
QUESTION_CLAUSE_DEPS = {"ccomp", "xcomp", "pcomp", "csubj"}  # not a relative or a time clause
# "when they would withdraw": an act still to come; an infinitive ("how to attack a friend")
# is as often the way one chose as an open choice, so it leaves the act as its clause tells it
OPEN_MARKS = {MODAL_TAG}


def question_opener(clause: Token, deps: Collection[str] = QUESTION_CLAUSE_DEPS) -> Token | None:
    """The "whether", "if" or wh-word that opens a clause of one of the deps (a complement
    unless told), if it is a question."""
    if clause.dep_ not in deps or clause.pos_ not in VERB_POS:
        return None
    first = min((t for t in clause.subtree if not t.is_punct), key=lambda t: t.i)  # "who ... for"
    if first.i >= clause.i:
        return None
    yes_no = first.lower_ in YES_NO and first.dep_ == "mark"
    return first if yes_no or first.tag_ in QUESTION_WORD_TAGS else None


def open_question(chain: list[Token]) -> Token | None:
    """The opener of the question that leaves the trigger's act open: the trigger is the verb
    of the question or a verb under it ("whether to begin talks"), never a thing named in it
    ("how Iran will respond to the strikes" asks about the answer, not the strikes)."""
    for token in chain:
        if token.pos_ not in VERB_POS:
            return None
        opener = question_opener(token)
        if opener is None:
            continue
        modals = [c for c in token.children if c.dep_ == "aux" and c.tag_ in OPEN_MARKS]
        if opener.lower_ in REASONS and all(m.lower_ in FUTURE_MODALS for m in modals):
            return None  # "explained why he will not back Trump": told, not left open
        return opener if opener.lower_ in YES_NO or modals else None
    return None
