"""Acts the sentence says are not done: "won a majority without having to form an alliance",
"said it was too early to congratulate the winners".

A verb under "without" names an act left out of the one told ("left without saying goodbye");
an infinitive under an adjective of degree with "too" names one held off for now ("too early to
call the race", "too weak to resist"), save "only too" ("only too happy to help": gladly).
Neither happened, so neither is an event; `confidence`'s "absent" reading for nouns ("arrested
without charge") is the same rule for an act noun.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

ABSENCE = words("event_words.tsv", "absence")  # without
CHAINED = {"xcomp", "conj"}  # "without having to form", "without asking or consulting"


def left_out(match: TriggerMatch) -> bool:
    """A verb trigger (or the verb it is chained to) that is the gerund after "without"."""
    verb = match.head
    if match.nominal:
        return False
    while verb.dep_ in CHAINED and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "pcomp" and verb.head.lower_ in ABSENCE


def held_off(match: TriggerMatch) -> bool:
    """An infinitive trigger under "too" and an adjective or adverb ("too early to")."""
    verb = match.head
    if match.nominal or not to_infinitive(verb) or verb.dep_ != "xcomp":
        return False
    return any(_too(c) for c in verb.head.children)


def _too(token: Token) -> bool:
    """ "too" as a degree word, not in "only too" (gladly)."""
    if token.lower_ != "too" or token.dep_ != "advmod":
        return False
    before = token.doc[max(token.i - 1, 0)]
    return before.lower_ != "only" and not any(c.lower_ == "only" for c in token.children)
