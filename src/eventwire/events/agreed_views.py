"""Opinions shared and certainty, not commitments: "agreed that the fleet had value",
"majorities agreed with Trump", "you can be assured that"; an agreement or an assurance
commits to an act when its clause tells one to come ("agreed that talks should resume",
"Israel was assured that the US would act")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.verb_arguments import prep_objects
from eventwire.parse.tags import GERUND_TAG, MODAL_OR_TO_TAGS

SETTLED_PREPS = {"on", "upon", "to", "in", "over", "for"}  # "agreed on a ceasefire", "to the plan"


def _agrees_with_a_statement(verb: Token) -> bool:
    """ "agreed that the fleet had value" is an opinion; "agreed that talks should resume"
    commits to an act (a modal or an infinitive in the clause)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ in {"xcomp", "dobj"} for c in verb.children):
        return False
    return not any(_modal(c) for c in clauses)


def _modal(clause: Token) -> bool:
    """A clause that tells an act to come or a duty ("would close", "to resume")."""
    return any(a.dep_ == "aux" and a.tag_ in MODAL_OR_TO_TAGS for a in clause.children)


def agrees_with_a_view(verb: Token) -> bool:
    """An opinion shared, not a commitment: a statement agreed with, or agreeing with someone
    or with nothing named ("majorities agreed with Trump", "Investors seem to agree", "the
    professor agreed.", "Huckabee agreed, praising ..."); an agreement commits to an act
    ("agreed to withdraw"), takes an object ("agreed a truce") or settles something ("agreed
    on a price", "agreed to the plan")."""
    if _agrees_with_a_statement(verb):
        return True
    children = [c for c in verb.children if not _participle_aside(c)]
    if any(c.dep_ in {"xcomp", "dobj", "ccomp", "advcl", "conj"} for c in children):
        return False
    return not prep_objects(verb, SETTLED_PREPS)


def _participle_aside(clause: Token) -> bool:
    """ "Weighing in, Huckabee agreed, praising his rival": a participle tells how, not what."""
    return clause.dep_ == "advcl" and clause.tag_ == GERUND_TAG


def being_sure(verb: Token) -> bool:
    """ "you can be assured that", "unless they are assured of being paid": being sure of
    something, not an assurance given ("Israel was assured that the US would act"); so is being
    assured of a fact ("we were assured that the hostages are safe": no modal, no act to come)."""
    subjects = {c.lower_ for c in verb.children if c.dep_ == "nsubjpass"}
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    vouched = bool(subjects and clauses) and not any(_modal(c) for c in clauses)
    bound = bool(subjects) and any(c.dep_ == "xcomp" for c in verb.children)  # "is assured to win"
    return bool(subjects & {"you", "one"}) or bool(prep_objects(verb, {"of"})) or vouched or bound
