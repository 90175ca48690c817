"""The wrong inside an accusation: "accused police of arresting 200 supporters", "accuses
police of mass arrests", "charged the army with torturing detainees".

The accusation is coded (ACCUSE), and so is the act it charges, as the accuser's claim: the
article does not establish it (the README's "X said Y did Z"; dev codes "suspected of blowing
up" the same way). Its doer is the one accused, the accusing verb's object. Only force and
coercion count: "accused him of lying" charges no coded act, "of sending troops to support the
rebels" may be aid as well as a deployment, and "of violating the truce" names the breach as
the charge itself (PLOVER codes the accusation alone).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import EventCode, words

ACCUSING = words("event_words.tsv", "accusing")  # accuse, charge: "of"/"with" the wrong
CHARGED_PREPS = {"of", "with"}
CHARGED_TYPES = {"ASSAULT", "COERCE"}
BREACH = "196"  # CAMEO: violate a ceasefire


def charged_by(head: Token) -> Token | None:
    """The active accusing verb whose "of"/"with" phrase holds this act, if any."""
    prep = head.head
    if head.dep_ not in {"pcomp", "pobj"} or prep.lower_ not in CHARGED_PREPS:
        return None
    verb = prep.head
    accusing = verb.pos_ == "VERB" and verb.lemma_.lower() in ACCUSING
    return verb if accusing and any(c.dep_ == "dobj" for c in verb.children) else None


def accused_act(head: Token, code: EventCode, outer: Token) -> bool:
    """Whether an act of force is the wrong that the accusing verb `outer` charges."""
    return code.type in CHARGED_TYPES and code.cameo != BREACH and charged_by(head) == outer


def accused_doers(verb: Token) -> list[Token]:
    """The ones accused of a charged gerund: the accusing verb's objects ("accused police of
    arresting": the police arrest)."""
    accusing = charged_by(verb) if verb.dep_ == "pcomp" else None
    return [c for c in accusing.children if c.dep_ == "dobj"] if accusing is not None else []
