"""Forces told as gathering: "troops massed on the border", "an international force mobilized".

Verbs of gathering and readying forces are ergative: used without an object, their subject is
the force moved, as the object is in "massed troops on the border". With a military subject
(troops, marines, warships) the intransitive use is the same show of force (MOBILIZE) that the
trigger lexicon codes for the transitive one; "supporters gathered" stays no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import MILITARY, words
from eventwire.events.verb_subjects import verb_subjects
from eventwire.parse.arguments import of_objects

GATHERING = words("event_words.tsv", "gathering")  # mass, mobilize, deploy
MOVED_DEPS = {"dobj", "nsubjpass", "auxpass"}  # "massed troops", "troops were massed"


def forces_gathered(verb: Token) -> bool:
    """Whether an active verb of gathering with no object has a military force as subject."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GATHERING:
        return False
    if any(c.dep_ in MOVED_DEPS for c in verb.children):
        return False
    subjects = verb_subjects(verb)
    counted = [p for s in subjects for p in of_objects(s)]
    return any(_military(s) for s in [*subjects, *counted])  # "thousands of troops"


def _military(noun: Token) -> bool:
    """A military noun, singular or plural ("an air force", "20,000 GIs")."""
    lemma = noun.lemma_.lower()
    return bool({noun.lower_, lemma, f"{lemma}s"} & MILITARY)
