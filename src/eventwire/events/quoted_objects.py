"""Act nouns quoted as the object of the verb that introduces the quote.

"Trump took to Twitter, writing: 'Another horrific attack, this time in Nice'": the attack is
the object of "writing" only in the parse; the quoted words are the speaker's talk, not an act
the speaker does with the verb ("held talks", "launched an attack"). So the verb that governs
an act noun across a quotation mark lends it neither doer nor target. A light verb whose own
object is quoted as a fragment ("issued 'a deep and sincere apology'", "mounting a 'phony
attack'") does the act all the same: the marks only quote the words of the phrase.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.light_verbs import light_verb
from eventwire.events.mention_reader import MentionReader

INTRODUCING = {":"}  # "writing: 'an attack'": a colon introduces a quotation


def same_side_of_quote(reader: MentionReader, noun: Token, verb: Token | None) -> Token | None:
    """The governing verb, unless one of it and the noun is quoted and the other is not."""
    quoted = reader.attribution.in_quotation
    if verb is None or quoted(noun) == quoted(verb) or _quoted_fragment(noun, verb):
        return verb
    return None


def _quoted_fragment(noun: Token, verb: Token) -> bool:
    """The noun is the quoted object of the light verb that puts it out, with no colon between
    them to introduce a quotation."""
    light = light_verb(noun)
    if light is None or light.i != verb.i or noun.i < verb.i:
        return False
    return not any(t.text in INTRODUCING for t in noun.doc[verb.i + 1 : noun.i])
