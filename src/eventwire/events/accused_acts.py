"""The wrong inside an accusation: "accused police of arresting 200 supporters", "accuses
police of mass arrests", "charged the army with torturing detainees", "the man charged with
killing a police officer".

The accusation is coded (ACCUSE), and so is the act it charges, as the accuser's claim: the
article does not establish it (the README's "X said Y did Z"; dev codes "suspected of blowing
up" the same way). Its doer is the one accused: the accusing verb's object, or its subject in
the passive ("was charged with killing", "who is accused of torturing"). Only force and
coercion count: "accused him of lying" charges no coded act, "of sending troops to support the
rebels" may be aid as well as a deployment, and "of violating the truce" names the breach as
the charge itself (PLOVER codes the accusation alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import CEASEFIRE_VIOLATION
from eventwire.events.lexicon import FORCE_TYPES, EventCode, words
from eventwire.lexicons import word_set
from eventwire.parse.deps import PATIENT_DEPS, PREP_OBJECT_DEPS

ACCUSING = words("event_words.tsv", "accusing")  # accuse, charge: "of"/"with" the wrong
CHARGED_PREPS = word_set("charge_preposition")
CHARGED_TYPES = FORCE_TYPES


def charged_by(head: Token) -> Token | None:
    """The accusing verb whose "of"/"with" phrase holds this act, if any, when it names the
    one accused."""
    prep = head.head
    if head.dep_ not in PREP_OBJECT_DEPS or prep.lower_ not in CHARGED_PREPS:
        return None
    verb = prep.head
    accusing = verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSING
    return verb if accusing and _accused(verb, head.dep_ == "pcomp") else None


def accused_act(head: Token, code: EventCode, outer: Token) -> bool:
    """Whether an act of force is the wrong that the accusing verb `outer` charges."""
    return (
        code.type in CHARGED_TYPES
        and code.cameo != CEASEFIRE_VIOLATION
        and charged_by(head) == outer
    )


def accused_doers(verb: Token) -> list[Token]:
    """The ones accused of a charged gerund: the accusing verb's objects ("accused police of
    arresting": the police arrest)."""
    accusing = charged_by(verb) if verb.dep_ == "pcomp" else None
    return _accused(accusing, gerund=True) if accusing is not None else []


def _accused(verb: Token, gerund: bool) -> list[Token]:
    """The accusing verb's object; in the passive its subject when a verb tells the act ("were
    accused of torturing"), a relative pronoun read as the noun it stands for ("Kopp, who is
    charged with gunning down"). A noun ("was charged with assault") names the charge only."""
    deps = PATIENT_DEPS if gerund else {"dobj"}
    return [stand_in(c) for c in verb.children if c.dep_ in deps]
