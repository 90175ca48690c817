"""An act noun a verb's subject answers or opens "with" is that subject's act.

"Ames responded with a blistering attack on Dalton", "followed up with criticism of the plan",
"greeted the ruling with protests": the "with" object of a verb of answering, following up,
opening or closing is what the verb's subject did, so the subject is the noun's doer. A passive
verb ("was greeted with protests") has the act's target for subject, and other verbs' "with"
objects are taken or handled ("met with criticism", "dealt with protests"), so neither counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.passives import is_passive

ACTING_WITH = words("event_words.tsv", "acting_with")  # respond, follow, open, greet


def acting_with(noun: Token) -> Token | None:
    """The active verb of answering or opening whose "with" object the noun is, else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ACTING_WITH or is_passive(verb):
        return None
    return verb
