"""Blame told in a reported or quoted clause by its shape rather than by its predicate.

`events.judgement` reads a verdict from the clause's own verb or predicate word. Speakers also
blame in three shapes it misses: a wrong done through a helping verb ("the campaign helped
incite the brawl", "they tried to mislead voters"), a wrong suffered at a named party's hands
("we were betrayed by the government": the speaker is the one wronged, the agent the one
blamed) and the idiom of condemnation "has no place in" ("such ads have no place in this
race"), which rejects someone's conduct whatever the words for it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.charged_clauses import charged_clause
from eventwire.events.lexicon import is_agent

BANISHING = {"have", "get"}  # "have no place in", "they've got no place in"
DOING_DEPS = {"xcomp"}  # "helped incite", "tried to mislead", "continue to lie"


def reported_blame(clause: Token, blame: frozenset[str], of_party: bool) -> bool:
    """Whether a reported clause blames someone by its shape: a blame verb done through a
    helping verb by a party (`of_party`: the clause's subject is one), a blame verb suffered
    at the hands of a party named as its agent, or the condemnation "has no place in"."""
    return (
        (of_party and _done_through(clause, blame))
        or _suffered_from(clause, blame)
        or _no_place(clause)
        or charged_clause(clause, of_party)  # "ignored the law", "did nothing to stop them"
    )


def _done_through(clause: Token, blame: frozenset[str]) -> bool:
    """ "(said) the campaign helped incite it": the wrong is the helping verb's complement."""
    return any(
        c.dep_ in DOING_DEPS and (c.lemma_.lower() in blame or _done_through(c, blame))
        for c in clause.children
    )


def _suffered_from(clause: Token, blame: frozenset[str]) -> bool:
    """ "we were betrayed by the government": a passive blame verb whose agent can act."""
    if clause.lemma_.lower() not in blame or not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    agents = [p for c in clause.children if c.dep_ == "agent" for p in c.children]
    return any(p.dep_ == "pobj" and is_agent(p) for p in agents)


def _no_place(clause: Token) -> bool:
    """ "it has no place in this campaign": "no place" as the object, with the realm it is
    banished from ("in ..."); "had no place to stay" tells a plight, not a verdict."""
    if clause.lemma_.lower() not in BANISHING:
        return False
    places = [c for c in clause.children if c.dep_ == "dobj" and c.lemma_.lower() == "place"]
    return any(
        any(d.lower_ == "no" for d in p.children if d.dep_ == "det")
        and any(c.dep_ == "prep" and c.lower_ == "in" for c in [*p.children, *clause.children])
        for p in places
    )
