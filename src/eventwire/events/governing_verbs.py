"""The verb a nominal event hangs on: "held talks", "said at a meeting", "came under attack"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.acting_with import acting_with
from eventwire.events.spanned import counting_span
from eventwire.events.victims import framed_by, undergone
from eventwire.parse.tags import VERB_POS

LIGHT_ATTACHMENTS = {"dobj", "attr", "nsubjpass", "oprd"}
LIGHT_PREPS = {"at", "in", "into", "on", "during"}


def governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event is the object of, directly, through "at/in" ("said at a
    meeting", "involved in an inspection"), "under" ("came under attack", `undergone`), a
    target frame ("was the target of an attack", `framed_by`) or a
    verb of answering's "with" ("responded with an attack", `acting_with`); None for
    adverbials like "during the drills"."""
    spans = counting_span(noun)  # "called three days of strikes": the verb of the span
    if spans:
        return governing_verb(spans[0])
    if noun.dep_ in LIGHT_ATTACHMENTS and noun.head.pos_ in VERB_POS:
        return noun.head
    frame = framed_by(noun)  # "was the target of an attack"
    if frame is not None and undergone(noun):
        return frame
    if noun.dep_ == "pobj" and (noun.head.lower_ in LIGHT_PREPS or undergone(noun)):
        verb = noun.head.head
        return verb if verb.pos_ in VERB_POS else None
    return acting_with(noun)  # "responded with an attack on X"
