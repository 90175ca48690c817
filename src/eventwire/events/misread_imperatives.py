"""An imperative that the tagger reads as a noun: "Attack his record and propose alternatives",
"Protest peacefully and demand answers".

The small English model often tags a capitalised verb that opens a sentence as a noun, so
`mood.is_imperative` never sees it. Read from the parse: the sentence opens with a bare singular
noun (no determiner, possessive or number), has no subject and no finite verb anywhere, and a
base-form verb is joined to that word or to the word it hangs on. Such a sentence tells its
reader to act; neither the opener nor the joined verb is an act anyone did.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.patterns import TriggerMatch
from eventwire.parse.subjects import CLAUSAL_SUBJECT_DEPS
from eventwire.parse.tags import (
    BASE_FORM_TAG,
    FINITE_OR_MODAL_TAGS,
    SINGULAR_NOUN_TAGS,
)

LEAD_POS = {"CCONJ", "ADV", "PUNCT"}  # "Or attack ...", "So, protest ..."
OPENER_TAGS = SINGULAR_NOUN_TAGS  # "Attack", "Protest": one bare singular noun
OWN_WORDS = {"det", "poss", "nummod"}  # "The attack ...", "His protest ...": a noun after all
SUBJECTS = CLAUSAL_SUBJECT_DEPS | {"expl"}  # any subject, "there" among them
TENSED_TAGS = FINITE_OR_MODAL_TAGS  # a tense or a modal: the sentence has a finite verb


def misread_imperative(match: TriggerMatch) -> bool:
    """Whether the trigger is the misread opener of an imperative or a verb joined to it."""
    head = match.head
    opener = _opener(head.sent)
    if opener is None or not _imperative_opener(opener):
        return False
    joined = _joined_verbs(opener)
    return bool(joined) and (head == opener or head in joined)


def _opener(sentence: Span) -> Token | None:
    return next((t for t in sentence if t.pos_ not in LEAD_POS), None)


def _imperative_opener(opener: Token) -> bool:
    """A capitalised bare singular noun opening a sentence with no subject and no finite verb."""
    if opener.tag_ not in OPENER_TAGS or not opener.text[:1].isupper():
        return False
    if any(c.dep_ in OWN_WORDS for c in opener.children):
        return False
    return not any(t.dep_ in SUBJECTS or t.tag_ in TENSED_TAGS for t in opener.sent)


def _joined_verbs(opener: Token) -> list[Token]:
    """Base-form verbs joined to the opener or to the word it hangs on ("propose")."""
    anchors = {opener, opener.head}
    return [
        t for t in opener.sent if t.tag_ == BASE_FORM_TAG and t.dep_ == "conj" and t.head in anchors
    ]
