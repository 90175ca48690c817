"""'"Do not underestimate Donald Trump," Reid told Democrats': an imperative a speaker tells
someone is an appeal to them (CAMEO 100), though no appeal word is used; `patterns` codes it.

Only an imperative with an addressee is read: the reporting verb's object is whom it asks.
An imperative quoted with no addressee is often a turn of talk ("Look, ...", "Let me be
clear") rather than a demand, so it stays out.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.lexicon import is_agent, reports
from eventwire.events.mood import is_imperative
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.tags import BASE_FORM_TAG
from eventwire.sectors import MEDIA

BID_DEPS = {"ccomp", "xcomp", "advcl", "parataxis"}  # the quote's verb, as the parse hangs it
ADDRESSEE_DEPS = VERB_OBJECT_DEPS
SUBJECT_OR_MARK_DEPS = {"nsubj", "nsubjpass", "csubj", "expl", "mark"}
PRESS = MEDIA  # told reporters or journalists: the words are a quote for print, no bid


def told_imperative(verb: Token) -> bool:
    """A reporting verb with a speaker and a listener who is someone ("Reid told Democrats")
    and a quotation that opens with a clause bidding them act ("Do not underestimate him");
    the press told is an audience, not the one bid; a clause that does not open a quotation
    is as a rule a misread name or headline word ("Fight for $15 director Kendall Fells told",
    "Beck Says Trump, 'Alt Right' Pose ...")."""
    if not reports(verb) or verb.pos_ != "VERB":
        return False
    listeners = [c for c in verb.children if c.dep_ in ADDRESSEE_DEPS and _party(c)]
    speakers = [c for c in verb.children if c.dep_ == "nsubj"]
    if not listeners or not speakers or any(c.lower_ in {"me", "us"} for c in listeners):
        return False
    return any(c.dep_ in BID_DEPS and _opens_quote(c) and _bids(c) for c in verb.children)


def _party(listener: Token) -> bool:
    """Someone a bid can be aimed at: not the press ("Trump told reporters"), whom words are
    told to be passed on, as a quote."""
    return is_agent(listener) and group_lexicon().get((listener.lower_,)) != PRESS


def _opens_quote(clause: Token) -> bool:
    """A clause whose first word follows an opening quotation mark."""
    first = clause.left_edge.i
    return first > 0 and clause.doc[first - 1].is_quote and clause.doc[first - 1].is_left_punct


def _bids(clause: Token) -> bool:
    """An imperative, or a negated one ("Do not underestimate him", "Don't give up") whose
    "do" the parse takes for the auxiliary of a clause with no subject, "do" opening it."""
    if is_imperative(clause):
        return True
    if clause.tag_ != BASE_FORM_TAG or any(c.dep_ in SUBJECT_OR_MARK_DEPS for c in clause.children):
        return False
    helpers = [c for c in clause.children if c.dep_ == "aux"]
    denied = any(c.dep_ == "neg" for c in clause.children)
    opening = [h for h in helpers if h.lemma_.lower() == "do" and h.i == clause.left_edge.i]
    return denied and len(helpers) == 1 and bool(opening)
