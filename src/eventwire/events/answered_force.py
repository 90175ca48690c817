"""An answer announced with force is a threat by the one who announces it.

"said it would respond 'with an iron fist' to any vehicle that approached", "would respond in
kind", "reserved the right to respond": an act in answer to another, foretold with a forceful
manner or held in reserve as a right, warns of force to come (CAMEO 130, THREATEN). "will
respond to questions next week" or "responded to the criticism" tells no force, and "did not
respond" no act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import THREAT
from eventwire.events.lexicon import words
from eventwire.events.withheld import foretold
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

ANSWERING = words("event_words.tsv", "answering")  # respond, react, hit back
ANSWER_VERBS = frozenset(p.split()[0] for p in ANSWERING) | {"reserve"}  # the verbs read further
FORCEFUL = words("event_words.tsv", "forceful")  # "with an iron fist", "in kind", "militarily"
MANNER_PREPS = {"with", "in"}


def answered_force_code(verb: Token) -> str | None:
    """THREATEN's code when the verb announces a forceful answer or reserves the right to one
    (coded on "reserved": the right's infinitive only says what the right is for)."""
    if verb.lemma_.lower() not in ANSWER_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return None  # most verbs: one set look-up
    if _reserved(verb) or (answer_phrase(verb) in ANSWERING and foretold(verb) and _forceful(verb)):
        return THREAT
    return None


def answer_phrase(verb: Token) -> str:
    """The verb's lemma with its particle ("hit back")."""
    particles = [p.lower_ for p in verb.children if p.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _forceful(verb: Token) -> bool:
    """ "with an iron fist", "with force", "in kind", "militarily": a manner of force."""
    manners = [c for c in verb.children if c.dep_ == "advmod"]
    manners += [o for p in verb.children if p.lower_ in MANNER_PREPS for o in p.children]
    return any(m.lemma_.lower() in FORCEFUL for m in manners)


def _reserved(verb: Token) -> bool:
    """ "reserved the right to respond": an answer kept as a right by the one who holds it."""
    if verb.lemma_.lower() != "reserve":
        return False
    rights = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"]
    answers = [a for r in rights for a in r.children if a.dep_ in NOUN_CLAUSE_DEPS]
    return any(answer_phrase(a) in ANSWERING for a in answers)
