"""Naming verbs whose "what it is called" the parse hung on the object as a modifier.

In "Mr. Scott, who has called Mr. Trump's comments ''racially toxic,'' portrayed …" the small
model reads the quoted words as an adjective of "comments", so the verb has an object but no
complement saying what it is called. A quotation mark right after the object's head opens that
complement: the verb names its object, and the quote is what it calls it.
"""

from __future__ import annotations

from spacy.tokens import Token


def quoted_after_object(verb: Token) -> bool:
    """The verb's object is followed at once by a quotation mark that hangs inside it."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        after = obj.i + 1
        if after <= obj.right_edge.i and obj.doc[after].is_quote:
            return True
    return False
