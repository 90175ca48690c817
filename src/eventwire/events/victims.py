"""Victims told as the subject of what they suffered ("eleven people died in the blast"), or as
the object an attack left dead or wounded ("the raid that left two guards dead")."""

from spacy.tokens import Token

from eventwire.events.complements import act_types
from eventwire.events.lexicon import THING_RELATIVES, words
from eventwire.events.passives import is_passive
from eventwire.events.plover_types import ACCUSE, ASSAULT, COERCE, SANCTION, THREATEN
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.tags import VERB_POS

SUFFERING_VERBS = words("event_arguments.tsv", "suffering")
CASUALTY_STATES = words("event_words.tsv", "casualty_state")  # dead, wounded, injured
STATE_DEPS = {"oprd", "xcomp", "acomp", "ccomp", "advcl"}  # "left 14 soldiers dead"
UNDERGONE = {ASSAULT, COERCE, SANCTION, ACCUSE, THREATEN}  # attack, arrest, inquiry
HARM_FRAMES = words("event_words.tsv", "harm_frame")  # target, victim (of an attack)
FRAME_DEPS = {"attr", "oprd"}  # "was the target of", "became the victims of"


def suffers(verb: Token) -> bool:
    """Whether the verb's subject is harmed: "died", "were killed" (passive, or with no object
    of its own); "rebels killed ten people in the attack" has doers for its subject."""
    if verb.lemma_.lower() not in SUFFERING_VERBS:
        return False
    return is_passive(verb) or not any(c.dep_ in VERB_OBJECT_DEPS for c in verb.children)


def harmed_by(noun: Token) -> list[Token]:
    """ "the raid that killed bin Laden", "an attack which wounded two guards": the objects of
    a harming verb in a relative clause whose subject is the act noun itself."""
    clauses = [
        c for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() in SUFFERING_VERBS
    ]
    own = [
        v
        for v in clauses
        if any(c.dep_ == "nsubj" and c.lower_ in THING_RELATIVES for c in v.children)
    ]
    return [o for v in own for o in objects(v)] + _left_harmed(noun)


def _left_harmed(noun: Token) -> list[Token]:
    """ "a suicide attack left 14 soldiers dead", "the raid that left two guards wounded": the
    objects of "leave" with a state of harm, when the act noun is its subject."""
    verbs = [c for c in noun.children if c.dep_ in NOUN_CLAUSE_DEPS]  # "the raid that left"
    verbs += [noun.head] if noun.dep_ == "nsubj" else []
    left = [
        v
        for v in verbs
        if v.lemma_.lower() == "leave"
        and any(c.dep_ in STATE_DEPS and c.lower_ in CASUALTY_STATES for c in v.children)
    ]
    return [o for v in left for o in objects(v)]


def undergone(noun: Token) -> bool:
    """ "the capital came under attack by warplanes", "years under house arrest", "is under
    investigation by the FBI": whoever is under a hostile act or blame suffers it, whatever
    the verb; its doers are its "by"/"from" objects."""
    under = noun.dep_ == "pobj" and noun.head.lower_ == "under"
    if framed_by(noun) is not None:  # "the target of an assassination attempt": its kind
        kinds = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        return any(act_types(kind) & UNDERGONE for kind in kinds)
    return under and bool(act_types(noun) & UNDERGONE)


def framed_by(noun: Token) -> Token | None:
    """ "Saddam was the target of an assassination attempt", "the group has been the target of
    an air campaign": the verb whose subject a target or victim frame says suffered the act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    frame = noun.head.head
    if frame.lemma_.lower() not in HARM_FRAMES or frame.dep_ not in FRAME_DEPS:
        return None
    return frame.head if frame.head.pos_ in VERB_POS else None
