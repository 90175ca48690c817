"""Event nouns in a statement of what usually happens: "Usually, firms will retain advisers
and lenders to work jointly on a deal" names a kind of deal, no deal that was made.

`confidence` reads a frequency word in a verb's own clause as habitual; a noun takes it from
the clause it belongs to, up to the clause that reports or describes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.word_classes import TIME_UNITS
from eventwire.parse.nlp import TIME_ENTITIES

FREQUENCY = words("event_words.tsv", "frequency")  # often, usually, every
RATE_ARTICLES = words("event_words.tsv", "rate_article")  # "$1 billion a year"
OWN_CLAUSE_DEPS = {"prep", "pobj", "xcomp", "dobj", "advcl", "conj", "pcomp"}


def in_a_routine(match: TriggerMatch) -> bool:
    """A noun trigger whose clause, or a clause it completes, says how often it happens."""
    if not match.nominal:
        return False
    token = match.head
    while token.dep_ in OWN_CLAUSE_DEPS and token.head != token:
        token = token.head
        if any(c.lower_ in FREQUENCY for c in token.children if c.dep_ in {"advmod", "npadvmod"}):
            return True
    return False


def tells_frequency(token: Token) -> bool:
    """A frequency word ("often", "every 72 minutes"); "every" or "each" before no turn of time
    ("backed by every other candidate") tells who acted, not how often, and "each other" is a
    reciprocal pronoun ("lawmakers accused each other"), the doers themselves; a word of a name
    ("an interview with The Daily News") tells no frequency either."""
    if _rate(token):
        return True
    if token.lower_ not in FREQUENCY or _reciprocal(token) or token.pos_ == "PROPN":
        return False
    return token.dep_ != "det" or _turn_of_time(token.head)


def _rate(noun: Token) -> bool:
    """ "send $1 billion a year", "two flights a week": a turn of time after "a" that measures
    an amount or a count sums up what is done each turn, not one act ("a day after he spoke"
    dates one)."""
    measured = noun.dep_ == "npadvmod" and noun.lemma_.lower() in TIME_UNITS
    per_turn = any(c.dep_ == "det" and c.lower_ in RATE_ARTICLES for c in noun.children)
    return measured and per_turn and _counted(noun.head)


def _counted(amount: Token) -> bool:
    """ "$1 billion", "two flights": a number, or a noun a number counts, that an act moves
    (its object); "a wage of $15 an hour" is a price."""
    counted = amount.like_num or amount.pos_ == "NUM"
    return amount.dep_ == "dobj" and (counted or any(c.dep_ == "nummod" for c in amount.children))


def _turn_of_time(noun: Token) -> bool:
    """ "every week", "each time", "every 72 minutes": "every" or "each" counts turns of time;
    "every facet of his life", "each province", "every other candidate" say how far an act
    reaches or who did it, not how often."""
    return (
        noun.ent_type_ in TIME_ENTITIES
        or noun.lemma_.lower() in TIME_UNITS
        or any(c.dep_ == "nummod" for c in noun.children)
    )


def _reciprocal(token: Token) -> bool:
    """ "each other": "each" with "other" right after it."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "each" and after is not None and after.lower_ == "other"
