"""Whom a protest is against when its purpose clause says so.

"Albanians marched Sunday, burning Serbian flags to protest the killings by Serb police": the march
is aimed at the doer of the protested act (the police), not at the town it crossed; "rallied to
denounce the governor" is aimed at the governor; "to protest the government's plan" at the owner.
The verbs that tell such a purpose are lexicons/event_arguments.tsv class `protesting`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.participants import RoleReader, pobjs
from eventwire.model import Participant

PROTESTING = words("event_arguments.tsv", "protesting")
PURPOSE_DEPS = {"advcl", "xcomp"}


def protested(reader: RoleReader, verb: Token, depth: int = 0) -> list[Participant]:
    """The doers of what the verb's purpose clauses protest, through chained clauses ("marched,
    burning flags to protest ...")."""
    found: list[Participant] = []
    for clause in (c for c in verb.children if c.dep_ in PURPOSE_DEPS):
        if clause.lemma_.lower() in PROTESTING:
            found += [p for o in clause.children if o.dep_ == "dobj" for p in _doers(reader, o)]
        elif depth < 2:
            found += protested(reader, clause, depth + 1)
    return found


def _doers(reader: RoleReader, act: Token) -> list[Participant]:
    """Its "by" agents (the parse may hang them on the clause's verb), else its possessor, else
    the object itself when it names someone ("to denounce the governor"); never the victims in
    its "of" phrase ("the killings of ethnic Albanians")."""
    agents = pobjs(act, {"by"}) + pobjs(act.head, {"by"})
    found = [p for t in agents for p in reader.phrase(t)] or reader.modifiers(act, act=True)
    if found or act.pos_ not in {"PROPN", "PRON"}:
        return found
    return reader.phrase(act)
