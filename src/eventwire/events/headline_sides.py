"""Who does a headline verb the tagger read as a noun to whom: "Merkel slams Erdogan over ...".

`headline` finds the verb between two names or after the name that opens the headline; read as
a noun, its roles would come from its modifiers, and the parse has made the first name a
compound of the verb and the second an apposition or an object of nothing. Headline grammar is
subject, verb, object: the name before the word is the doer, the name after it the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.headline import headline_verb
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch


def headline_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The names on each side of a headline verb read as a noun; None for any other match."""
    head = match.head
    if not match.nominal or headline_verb(head) is None:
        return None
    doers = reader.phrase(head.doc[head.i - 1])
    after = _word_after(match)
    targets = reader.phrase(after) if after is not None else []
    return doers, [p for p in targets if p not in doers]


def _word_after(match: TriggerMatch) -> Token | None:
    """The name right after the verb and its particle ("Sides With Bush": Bush)."""
    doc, at = match.head.doc, match.span.end
    return doc[at] if at < len(doc) else None
