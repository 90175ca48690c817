"""Act nouns quoted as the object of the verb that introduces the quote.

"Trump took to Twitter, writing: 'Another horrific attack, this time in Nice'": the attack is
the object of "writing" only in the parse; the quoted words are the speaker's talk, not an act
the speaker does with the verb ("held talks", "launched an attack"). So the verb that governs
an act noun across a quotation mark lends it neither doer nor target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader


def same_side_of_quote(reader: MentionReader, noun: Token, verb: Token | None) -> Token | None:
    """The governing verb, unless one of it and the noun is quoted and the other is not."""
    quoted = reader.attribution.in_quotation
    return verb if verb is not None and quoted(noun) == quoted(verb) else None
