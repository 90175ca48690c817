"""An act carried by a message: "sent a message of support to Clinton".

The act noun ("support", "solidarity", "protest") sits in the "of" complement of a noun that only
carries it (a message, letter, note, gesture, show of it); the verb and the arguments that tell
who acted towards whom are the carrier's ("Chirac sent a message of support to Clinton", "will
bring a message of solidarity to the people of Kenya"). Read from the carrier, the act has its
participants, its light verb and its modality; read from the act noun alone, it looks like a
topic named in passing. The trigger's evidence stays the act noun.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

CARRIERS = words("event_words.tsv", "carrier")


def through_carrier(match: TriggerMatch) -> TriggerMatch:
    """The match headed by its carrier noun when the act noun is that noun's "of" complement."""
    noun = match.head
    preposition = noun.head
    if not match.nominal or noun.dep_ != "pobj" or preposition.lower_ != "of":
        return match
    carrier = preposition.head
    if carrier.lemma_.lower() not in CARRIERS or carrier.pos_ != "NOUN":
        return match
    return TriggerMatch(carrier, match.span, match.code, True)
