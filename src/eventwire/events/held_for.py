"""An act told as what someone is wanted or held for: its target is that someone.

"the farmer wanted for questioning", "the suspect was held for questioning by police": the
questioning (an investigation, an arrest, a trial) is done *to* the person the participle
describes or the passive subject, by whoever "by" names. The trigger's own clause has no
subject, so without this the role reader finds no target or takes the person for the doer.
Only acts that authorities do to someone: "the man wanted for the killing" names the man as
the killer, not the victim. Nor is a gerund with its own object: "jailed for insulting the
king" tells the held person's alleged act, so that person is its doer and the object its target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, COERCE
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import PREP_OBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG, PAST_TENSE_TAG

DONE_BY_AUTHORITIES = {ACCUSE, COERCE}  # questioning, investigation; arrest, trial


def held_persons(head: Token) -> list[Token]:
    """Who is wanted or held "for" the act `head` tells; the parser may read a reduced
    relative as a past tense ("The activist wanted for questioning ... fled"), which has a
    subject but no object."""
    participle = _held_for(head)
    if participle is None or _own_objects(head):
        return []
    deps = {c.dep_ for c in participle.children}
    if participle.tag_ == PAST_TENSE_TAG and "dobj" not in deps:
        return [c for c in participle.children if c.dep_ == "nsubj"]
    if participle.tag_ != PARTICIPLE_TAG:
        return []
    held = _passive_subjects(participle)
    return held + ([participle.head] if participle.dep_ == "acl" else [])


def _held_for(head: Token) -> Token | None:
    """The verb a "for" phrase hangs on, when `head` is that phrase's object ("wanted for
    questioning", "jailed for insulting the king")."""
    prep = head.head
    if head.dep_ not in PREP_OBJECT_DEPS or prep.lower_ != "for":
        return None
    return prep.head


def _passive_subjects(participle: Token) -> list[Token]:
    """The subjects of a passive participle ("the editor was jailed")."""
    if participle.tag_ != PARTICIPLE_TAG:
        return []
    return [c for c in participle.children if c.dep_ == "nsubjpass"]


def _own_objects(head: Token) -> list[Token]:
    """The direct objects of a gerund: "for insulting the king" names an act with its own
    target, which the held person is accused of doing, not one done to them."""
    return objects(head) if head.tag_ == GERUND_TAG else []


def _alleged_act_sides(reader: RoleReader, head: Token) -> Sides | None:
    """The held person as doer of the act a gerund with its own object tells, else None:
    "was jailed for insulting the king" (the writer insulted the king)."""
    objects = _own_objects(head)
    participle = _held_for(head) if objects else None
    held = _passive_subjects(participle) if participle is not None else []
    if not held:
        return None
    doers = [p for t in held for p in reader.phrase(t)]
    return split_roles(doers, [p for t in objects for p in reader.phrase(t)])


def held_for_sides(reader: RoleReader, head: Token, type_: str) -> Sides | None:
    """Doers and target of an act that someone is wanted or held "for", else None."""
    if type_ in DONE_BY_AUTHORITIES and (alleged := _alleged_act_sides(reader, head)):
        return alleged
    held = held_persons(head) if type_ in DONE_BY_AUTHORITIES else []
    if not held:
        return None
    participle = head.head.head
    doers = agents(participle) + pobjs(head, {"by"})  # "held for questioning by police"
    actors = [p for t in doers for p in reader.phrase(t)]
    return split_roles(actors, [p for t in held for p in reader.phrase(t)])
