"""Victims told as the subject of what they suffered ("eleven people died in the blast")."""

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.passives import is_passive

SUFFERING_VERBS = words("event_arguments.tsv", "suffering")


def suffers(verb: Token) -> bool:
    """Whether the verb's subject is harmed: "died", "were killed" (passive, or with no object
    of its own); "rebels killed ten people in the attack" has doers for its subject."""
    if verb.lemma_.lower() not in SUFFERING_VERBS:
        return False
    return is_passive(verb) or not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
