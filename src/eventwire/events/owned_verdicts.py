"""Verdicts passed on a party's things: "called Merkel's plan a disaster", "called the Iranian
strikes a war crime", "called the Labour budget a failure".

Naming a thing a party owns or did (its plan, vote, attack) a strongly negative word blames
that party, as naming the party itself would. The named thing is the verb's object; the
party is its owner: a possessive name ("Merkel's"), a people's adjective ("Iranian") or a
name used as a modifier ("the Labour budget"). The parser often hangs the name on the thing
rather than on the verb ("plan" with "a disaster" in apposition, "vote" with "a mistake" as
a noun adverbial), so those are read as the name when the verb has none of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONDUCT, is_agent, is_person
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, PREMODIFIER_OR_OWNER_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PARTY_ENTITIES

HUNG_NAMES = {"appos", "npadvmod", "dobj"}  # "called [his plan] [a disaster]" read as one phrase
HUNG_VERDICTS = {"amod"}  # "called [Trump's comments] [disgusting]": no adjective follows its noun
NAMED_ENTITIES = PARTY_ENTITIES
RELATIVE_DEPS = NOUN_CLAUSE_DEPS  # "the decision (that) Trump made": the small parser says either


def named_owner(noun: Token) -> Token | None:
    """The party a naming blames: the noun itself when it names one ("Trump"), else the named
    owner of the thing it is ("Merkel's plan", "the Iranian strikes"); None for an owner-less
    thing ("called the plan a disaster" judges a plan, not a party)."""
    if named(noun):
        return noun
    owners = [
        c for c in noun.children if c.dep_ in PREMODIFIER_OR_OWNER_DEPS and (named(c) or _body(c))
    ]
    return owners[0] if owners else relative_doer(noun)


def relative_doer(thing: Token) -> Token | None:
    """The named party a relative clause says did or said the thing ("the decision Donald
    Trump made", "the remarks that Clinton gave"): the thing is that party's, as "Trump's
    decision" is; only a thing parties do or say (a plan, a remark), not one they merely
    meet ("the economy Obama inherited")."""
    if not in_words(thing, CONDUCT):
        return None
    doers = [
        s
        for c in thing.children
        if c.dep_ in RELATIVE_DEPS
        for s in c.children
        if s.dep_ == "nsubj" and named(s)
    ]
    return doers[0] if doers else None


def hung_names(thing: Token) -> list[Token]:
    """The names the parser hangs on the named thing after it ("plan ... a disaster")."""
    return [
        c
        for c in thing.children
        if c.i > thing.i
        and (
            (c.dep_ in HUNG_NAMES and c.pos_ == "NOUN")
            or (c.dep_ in HUNG_VERDICTS and c.pos_ == "ADJ")
        )
    ]


def _body(owner: Token) -> bool:
    """ "the government's ads": an institution or group noun owns what it did."""
    return owner.dep_ == "poss" and owner.pos_ == "NOUN" and is_agent(owner)


def named(noun: Token) -> bool:
    """A name, a named entity or a person's title: one who can be blamed."""
    return noun.pos_ == "PROPN" or noun.ent_type_ in NAMED_ENTITIES or is_person(noun)
