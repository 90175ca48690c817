"""Dislike of what a party does: "(said) he dislikes what Trump is doing", " 'I don't like what
she is saying,' he said".

A party's standing dislike of a person is criticism (`event_triggers.tsv`: "@disliking>&a
person"); so is a dislike of that person's conduct told as a free relative ("what X is doing",
"what she said"), whose doer the trigger's object reader finds. "Not like" says the same as
"dislike" here, so its negation is the criticism, not a denial of it (`negation`). A doer who
is the speaker ("what we are doing") or no one ("what is happening") is no party blamed, and
"would not like" wishes rather than judges.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.lexicon import words
from eventwire.lexicons import word_set
from eventwire.parse.subjects import SUBJECT_DEPS

DISLIKING = words("event_words.tsv", "disliking")  # dislike, despise, loathe
LIKING = {"like"}
DISLIKED_LEMMAS = DISLIKING | LIKING
CONDUCT_VERBS = {"do", "say"}  # "what he is doing", "what she said"
SPEAKERS = word_set("self_or_none") | {"you"}  # the speaker, a thing, anyone: no party
WISH_MODALS = word_set("wish_modal")  # "would not like to see": a wish


def disliked_code(verb: Token) -> str | None:
    """CRITICIZE when the verb dislikes (or does not like) what another party does or says."""
    return CRITICISM if disliked_doer(verb) is not None else None


def disliked_doer(verb: Token) -> Token | None:
    """The doer of the conduct a disliking verb is aimed at, else None."""
    lemma = verb.lemma_.lower()
    if lemma not in DISLIKED_LEMMAS or verb.pos_ != "VERB":
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in LIKING and not negated:
        return None
    if lemma in DISLIKING and negated:  # "I don't dislike him"
        return None
    if any(c.dep_ == "aux" and c.lower_ in WISH_MODALS for c in verb.children):
        return None
    return next((d for c in verb.children if (d := _conduct_doer(c)) is not None), None)


def _conduct_doer(clause: Token) -> Token | None:
    """ "what Trump is doing": a free relative clause of doing or saying and its doer."""
    if clause.dep_ not in {"ccomp", "dobj"} or clause.lemma_.lower() not in CONDUCT_VERBS:
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in clause.children):
        return None
    doers = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return next((d for d in doers if d.lower_ not in SPEAKERS), None)
