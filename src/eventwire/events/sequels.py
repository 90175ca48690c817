"""Event nouns that date another happening: "panic buying of fuel followed the invasion",
"the riots that preceded the vote".

A verb of sequence places its subject in time after or before the event noun it takes, as
"after the invasion" does (`event_words.tsv` background): the noun is the circumstance of
what is told, not an act reported there.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

SEQUENCE_VERBS = words("event_words.tsv", "sequence")  # follow, precede


def dates_another(match: TriggerMatch) -> bool:
    """The trigger is an event noun that a verb of sequence takes as its object."""
    noun = match.head
    verb = noun.head
    return match.nominal and noun.dep_ == "dobj" and verb.lemma_.lower() in SEQUENCE_VERBS
