"""An act's aim told by its purpose: "marched in Istanbul to protest the killings by Serb
police", "rallied, burning flags, to denounce the visit", "recalled its envoy to show
disapproval of X's policies".

Demonstrations rarely take an object of their own; the infinitive of purpose says what they are
against. Its verb (or its object noun) is itself a protest, accusation or demand in the trigger
lexicon, and what it is aimed at is the target of the act it serves. A verb that can also
back someone ("to back up the Army", "to defend Kuwait") names an ally as often as a foe: the
troops deployed to back up the Army are not aimed at it, so such a verb tells no aim.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.lexicon import word_types
from eventwire.events.plover_types import ACCUSE, PROTEST, REJECT, REQUEST, SUPPORT
from eventwire.parse.tags import GERUND_TAG

AIMING_TYPES = {PROTEST, ACCUSE, REQUEST, REJECT}
BACKING_TYPES = {SUPPORT}  # "to back up", "to defend": a sense that aims at an ally


def purpose_verbs(verb: Token) -> list[Token]:
    """The to-infinitives of purpose hanging on the verb, also through a participle clause
    ("marched, burning flags to protest ..."), whose verb aims an act at someone."""
    found = []
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if to_infinitive(clause):
            found += [clause] if _aims(clause) else []
        elif clause.tag_ == GERUND_TAG:
            found += purpose_verbs(clause)
    return found


def _aims(verb: Token) -> bool:
    """A protest, accusation or demand verb, or a verb whose object is such an act noun
    ("to show disapproval of X's policies"); not a verb that can back someone ("to back up")."""
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    senses = word_types(verb.lemma_.lower(), "V")
    if not senses.isdisjoint(BACKING_TYPES):  # "to back up the Army": maybe its ally
        return False
    return any(
        not kinds.isdisjoint(AIMING_TYPES)
        for kinds in [senses, *(word_types(o, "N") for o in objects)]
    )
