"""Measures laid "on" someone: "imposed tariffs on Iraq", "slapped duties on Chinese steel",
"raised tariffs on imports from Mexico". The "on" phrase hangs from the measure, not from the
verb, so the verb's own aims miss it; it names whom the measure hits, directly or through the
goods that stand for their makers (a demonym on them, or "from" a country)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.deps import PATIENT_DEPS

LEVY_PREPS = {"on", "against"}
LEVIES = words("event_words.tsv", "levy")  # "tariffs", "duties", "quotas"


def levied_on(verb: Token) -> list[Token]:
    """Whom the measures the verb lays are laid on: the "on" objects of a measure noun (the
    lexicon's "levy" class) that is the verb's object, or the country the goods come "from"."""
    found: list[Token] = []
    for measure in verb.children:
        if measure.dep_ in PATIENT_DEPS and measure.lemma_.lower() in LEVIES:
            for pobj in pobjs(measure, LEVY_PREPS):
                found += pobjs(pobj, {"from"}) or [pobj]
    return found
