"""What a protest is against, and whether that is a cause rather than its own state.

A protest that names no target is read as aimed at the protesters' own government
(`state_acts.own_government`): a crowd in the street most often addresses its state. Not when the
text gives the protest's aim as a bare cause ("arrested for protesting abortion", "marched to
protest racism"): coders leave such a protest's target empty, since a cause is no actor and the
state is not told. A state policy ("protesting taxes", "against the draft law"), a party named
in the aim, or an aim with a determiner or owner ("this week's convention", "the debate") keep
the default, which the other rules refine where they can.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent
from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set
from eventwire.parse.deps import DIRECT_OBJECT_DEPS, PURPOSE_CLAUSE_DEPS
from eventwire.parse.forms import word_and_lemma

AIM_PREPS = {"against", "over"}  # "a march against racism", "protests over fracking"
AIM_CLAUSE_DEPS = PURPOSE_CLAUSE_DEPS  # "marched to protest racism"
OBJECT_DEPS = DIRECT_OBJECT_DEPS
SPECIFIERS = {"det", "poss", "nummod", "predet", "compound", "amod"}  # "the", "its", "new"
STATE_POLICY = word_set("state_policy_noun")


def protest_aims(head: Token) -> list[Token]:
    """The nouns a protest is against: its object or "against/over" object, or those of the
    purpose clause beside it ("rallied to protest the tax")."""
    aims = _own_aims(head)
    clauses = [c for c in head.children if c.dep_ in AIM_CLAUSE_DEPS and c.pos_ == "VERB"]
    return aims + [a for clause in clauses for a in _own_aims(clause)]


def aimed_at_cause(head: Token) -> bool:
    """The protest's aims are all bare causes ("protesting abortion"): common nouns with no
    determiner, owner or modifier, no people, no name and no state policy."""
    aims = protest_aims(head)
    return bool(aims) and all(_bare_cause(aim) for aim in aims)


def _bare_cause(noun: Token) -> bool:
    if noun.pos_ != "NOUN" or noun.ent_type_ or is_agent(noun):
        return False
    if word_and_lemma(noun) & STATE_POLICY:  # "taxes" is lemmatised "taxis"
        return False
    return not any(c.dep_ in SPECIFIERS for c in noun.children)


def _own_aims(token: Token) -> list[Token]:
    """A word's direct object and the objects of its aim prepositions."""
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    return objects + pobjs(token, AIM_PREPS)
