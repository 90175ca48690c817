"""Whom "you" inside a quotation stands for: the listener its cue names. "Ann Lee told the
board, 'I urge you to vote no'" and a transcript's "Ann Lee delivered this message to the
board." before her words both bid the board; a quote told to no one ("you know") or to the
press ("told reporters") leaves "you" as no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.mention_reader import MentionReader
from eventwire.events.verb_arguments import prep_nouns
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.cue_rows import cue_class
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.sectors import MEDIA

SECOND_PERSON = word_set("second_person")


def addressee(reader: MentionReader, pronoun: Token) -> Participant | None:
    """The listener of the quotation the second-person pronoun stands in, if its cue names one."""
    if pronoun.lower_ not in SECOND_PERSON or pronoun.pos_ != "PRON":
        return None
    quote = reader.attribution.quote_of(pronoun)
    if quote is None or quote.cue is None:
        return None
    cue = reader.doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    for listener in _listeners(cue.root) if cue is not None else []:
        if _inside(listener, quote.content.start, quote.content.end):
            continue  # "I say to you" inside the quote: no listener named outside it
        found = reader.phrase(listener)
        if found and group_lexicon().get((listener.lower_,)) != MEDIA:
            return found[0]
    return None


def _inside(listener: Token, start: int, end: int) -> bool:
    """The listener stands in the quote itself or is "you" again ("those of you"): reading it
    would ask for the same quote's listener."""
    return start <= listener.idx < end or any(t.lower_ in SECOND_PERSON for t in listener.subtree)


def _listeners(verb: Token) -> list[Token]:
    """ "told the board" (an address verb's object) or "said to the board", "delivered this
    message to the board"."""
    objects = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    told = objects if cue_class(verb) == "address" else []
    return told + prep_nouns(verb, {"to"})
