"""Addressees of an act told by a participle after a verb of writing or sending.

"Gonzalez wrote to Reno, demanding that Elian be returned": the demand's own clause names no
addressee; the letter's does ("to Reno"), and the participle tells what the letter does.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participants import pobjs


def addressees(verb: Token) -> list[Token]:
    """The "to" or indirect object of the writing verb a participle act hangs on."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return []
    head = verb.head
    if head.lemma_.lower() not in words("event_arguments.tsv", "addressing"):
        return []
    return [*pobjs(head, {"to"}), *(c for c in head.children if c.dep_ in {"dative", "iobj"})]
