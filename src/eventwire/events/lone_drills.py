"""Military drills held by one side are a show of force, not cooperation.

CAMEO codes joint exercises as military cooperation (062: "Russia and Belarus began joint
drills", "Belarus-Russia drills", "drills with India") and one state's exercises as a display
of military power (150, PLOVER MOBILIZE: "China launched military drills around Taiwan"). A
drill is joint when the parse shows a partner: a "joint"/"combined" modifier, a "with"
partner, a compound of names, or coordinated doers of the verb that holds it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import MILITARY_COOPERATION, SHOW_OF_FORCE
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import PATIENT_DEPS
from eventwire.parse.subjects import clause_subjects

DRILLS = words("event_words.tsv", "drill_noun")  # "drill", "exercise", "manoeuvre" (lemmas)
JOINT = words("event_words.tsv", "joint")  # "joint", "combined", "bilateral"
NAMES = {"PROPN"}


def lone_drills(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as a show of force when it is drills with no partner."""
    head = match.head
    drills = match.code.cameo == MILITARY_COOPERATION and head.lemma_.lower() in DRILLS
    return match.recoded(SHOW_OF_FORCE) if drills and not _joint(head) else match


def _joint(drills: Token) -> bool:
    modifiers = [c for c in drills.children if c.dep_ in {"amod", "compound", "nmod", "prep"}]
    if any(c.lower_ in JOINT or c.lower_ == "with" or c.pos_ in NAMES for c in modifiers):
        return True  # "joint drills", "drills with India", "Belarus-Russia drills"
    verb = drills.head if drills.dep_ in PATIENT_DEPS else None
    if verb is None:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return True  # "held exercises with the French navy"
    doers = clause_subjects(verb)
    return any(has_conjunct(doer) for doer in doers)
