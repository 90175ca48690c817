"""A patient released from care: no release of a captive (RETREAT).

"was released from the clinic on Friday", "She was rushed to a hospital. ... She was released
the next day": a release from a hospital or clinic, named in the release's own "from" phrase or,
for a release with no doer and no "from", as where the sentence before took someone into care
("rushed to a hospital"), discharges a patient.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.parse.deps import PREPOSITION_DEPS
from eventwire.parse.forms import in_words

CARE_PLACES = words("event_words.tsv", "care_place")


def discharged(verb: Token) -> bool:
    """Whether the release `verb` tells is a patient's discharge from medical care."""
    preps = [c for c in verb.children if c.dep_ in PREPOSITION_DEPS]
    origins = [p for c in preps if c.lower_ == "from" for p in c.children]
    if origins:
        return any(_care_place(t) for t in origins)
    if any(c.lower_ == "by" for c in preps) or any(c.dep_ == "nsubj" for c in verb.children):
        return False
    start = verb.sent.start
    before = verb.doc[start - 1].sent if start > 0 else None
    return before is not None and any(_admitted(t) for t in before)


def _admitted(token: Token) -> bool:
    """ "taken to a hospital", "in hospital": a patient put into care, not "attacked a
    hospital"."""
    return _care_place(token) and token.dep_ == "pobj" and token.head.lower_ in {"to", "in", "into"}


def _care_place(token: Token) -> bool:
    return in_words(token, CARE_PLACES)
