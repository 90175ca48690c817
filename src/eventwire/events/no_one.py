"""An act done to no one is an act denied: "I apologize to nobody for that", "he met with no
one", "she has criticised none of them".

The parse reads "nobody" as the act's object or addressee like any name, so the act would be
coded as done; English negates it in that object instead of with "not".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.verb_arguments import prep_nouns
from eventwire.parse.deps import VERB_OBJECT_DEPS

NO_ONE = words("event_words.tsv", "no_one")  # nobody, none
GRIEVANCES = words("event_words.tsv", "grievance")  # "found no fault with": a verdict, no one
ADDRESS_PREPS = {"to", "with", "at", "against"}


def aimed_at_no_one(verb: Token) -> bool:
    """Whether the verb's object, or the object of its "to"/"with" phrase, is no one, and
    none of them names someone."""
    slots = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    slots += prep_nouns(verb, ADDRESS_PREPS)
    # "disparages Muslims and kneels to no one" (misparsed): done to someone after all
    named = [s for s in slots if not is_no_one(s) and is_agent(s)]
    return any(is_no_one(s) for s in slots) and not named


def is_no_one(noun: Token) -> bool:
    """ "nobody", "none (of them)", "no one", "no group"; "no fault" denies a grievance, and
    who has none backs the one spared (`events.assent`)."""
    if noun.lower_ in NO_ONE:
        return True
    grievance = noun.lemma_.lower() in GRIEVANCES
    return not grievance and any(c.lower_ == "no" for c in noun.children)
