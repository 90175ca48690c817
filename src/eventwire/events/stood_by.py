""" "Stood by his comment", "has stood idly by": standing by a statement, or by with no one at
all, backs no party; "stood by Israel" and "stands behind the governor" do."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.idle_duties import THINGS
from eventwire.events.lexicon import is_agent
from eventwire.events.verb_arguments import objects, prep_objects

BACKING_PREPS = {"by", "behind"}
IDLE_DEPS = {"prt", "advmod", "prep"}  # "stood idly by": a bare "by" with no object


def stands_by_no_one(verb: Token) -> bool:
    """ "stood by his comment", "stand by everything I said", "stood idly by" back no one."""
    backed = prep_objects(verb, BACKING_PREPS)
    if backed:
        return not any(is_agent(t) and t.lower_ not in THINGS for t in backed)
    fronted = verb.dep_ == "relcl"  # "the man she stood by": the by's object is the antecedent
    return not fronted and not objects(verb) and any(_bare_by(c) for c in verb.children)


def _bare_by(token: Token) -> bool:
    """A "by" that governs nothing ("stood idly by while they armed")."""
    return token.lower_ == "by" and token.dep_ in IDLE_DEPS and not list(token.children)
