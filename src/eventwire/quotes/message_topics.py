"""Messages about a topic: "posted a long message about …", "his speeches about …" report on
that topic for the message's holder, its possessor or the subject of the verb that put it out
(`carriers.verb_of_message`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.parse.deps import PREP_OBJECT_DEPS
from eventwire.parse.nlp import tokens
from eventwire.parse.quotemarks import inside
from eventwire.quotes.carriers import is_message, verb_of_message
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import end_of, trim
from eventwire.quotes.speakers import phrase, subject_of

TOPIC_PREPOSITIONS = {"about"}


def find_message_topics(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every message "about" a topic outside quotation marks, with a holder."""
    cues = []
    for token in tokens(doc):
        if not is_message(token) or inside(quotes, token.idx):
            continue
        topic, holder = _topic(token), _holder(token)
        if topic is not None and holder is not None:
            cues.append(Cue(token, (token.idx, end_of(token)), holder, topic))
    return cues


def _topic(message: Token) -> Range | None:
    """ "a message about …", or "delivered a speech at X about …" where the parse hangs
    "about" on the verb that put the message out."""
    verb = verb_of_message(message) if message.dep_ == "dobj" else None
    after = [c for c in verb.children if c.i > message.i] if verb is not None else []
    for prep in [*message.children, *after]:
        if prep.dep_ == "prep" and prep.lower_ in TOPIC_PREPOSITIONS:
            for child in prep.children:
                if child.dep_ in PREP_OBJECT_DEPS:
                    return trim(message.doc, child.left_edge.idx, end_of(child.right_edge))
    return None


def _holder(message: Token) -> Span | None:
    """The possessor ("his speeches"), else the subject of the verb that put it out."""
    for child in message.children:
        if child.dep_ == "poss":
            return phrase(child)
    verb = verb_of_message(message) if message.dep_ == "dobj" else None
    return subject_of(verb) if verb is not None else None
