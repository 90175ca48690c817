""" "Her advisers assured her that the deal was worth the risk", "I can assure you he's made great
strides", "'Your reputation is amazing,' Trump assured Jones": an assurance is a commitment
(CAMEO 030) only when what it vouches for is still to come ("assured them that everyone would
come together", "assured me he's going to keep it classy"); vouching for a fact or a judgement
is plain saying. The passive "was assured that" is `agreed_views.being_sure`'s; an assurance that a
claim is false is a denial (`denials`), coded apart. So is confidence voiced in a proposition
("expressed confidence that the party could still come together"): a belief about what is or will
be, no backing of a party ("expressed confidence in the director" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import GERUND_TAG, MODAL_OR_TO_TAGS, VERB_POS

ASSURING = words("event_words.tsv", "assuring")  # assure, reassure
CONTENT_DEPS = {"ccomp"}  # "assured her that ...", "'...,' he assured her"
NOUN_CONTENT_DEPS = {"acl"}  # "confidence (that) the party could ...": the belief's content
TO_COME_TAGS = MODAL_OR_TO_TAGS  # "would come together", "to stay"
GOING = "go"  # "he's going to keep it": the future


def vouches_for_a_fact(verb: Token) -> bool:
    """An active assurance whose every content clause tells a fact or a judgement, no act to
    come."""
    if verb.lemma_.lower() not in ASSURING or any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ in CONTENT_DEPS]
    clauses += [x for c in clauses for x in c.children if x.dep_ == "conj" and x.pos_ in VERB_POS]
    return bool(clauses) and not any(_to_come(c) for c in clauses)


def believed_proposition(noun: Token) -> bool:
    """A stance noun whose content is a clause with its own subject ("confidence it was holding
    the better hand", "confidence that Clinton would be easy to beat"): a belief, no backing."""
    return any(
        c.dep_ in NOUN_CONTENT_DEPS and c.pos_ in VERB_POS and has_subject(c) for c in noun.children
    )


def _to_come(clause: Token) -> bool:
    """The clause tells an act to come: a modal or "to" on it, or the "going to" future."""
    if any(a.dep_ == "aux" and a.tag_ in TO_COME_TAGS for a in clause.children):
        return True
    return clause.lemma_.lower() == GOING and clause.tag_ == GERUND_TAG
