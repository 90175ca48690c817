"""Who made the thing acted on: "condemned the remarks made by Putin", "denounced the comments
Putin made", "criticized the plan by Obama".

Blame, praise or backing of a party's words, plans or decisions is aimed at that party, as
"criticized Obama's plan" is (`owned_things`). Where no possessor names it, the maker is told
by a participle of making on the thing with its "by" phrase ("the proposal put forward by X",
`passives.made_by`; "the deal signed by X", "the plan unveiled by Y"), by a relative clause of
making whose gap the thing is ("the decision Obama made", "the deal X struck"), or by a "by"
phrase the parse hangs on the active verb ("criticized the plan by Obama", `misplaced_by`).
Only verbs of making, issuing and authoring (proposing, negotiating, striking a deal) tell a
maker, and verbs of adopting ("the measures adopted by X") only as a "by" participle: "the
bill the House passed" or "the letter reviewed by The Post" are things a party acted on, not
its own. A party that champions a thing it did not make is told the same two ways by a verb
of backing ("the effort supported by X", "the strategy X touted", `backers`), after the
makers. Only an act that judges the thing (blames, rejects or backs it, by a verb or a noun:
"support for the deal X signed") is aimed at its maker, and only one whose doer is named: the
maker alone makes no event ("it is a mistake to rule out the aspiration by Pyongyang" tells no
one's act).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import (
    LIGHT_VERBS,
    RELATIVE_PRONOUNS,
    SINGULAR_DEFINITE,
    VERDICT_TYPES,
    words,
)
from eventwire.events.misplaced_by import misplaced_agents
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.owned_things import is_thing
from eventwire.events.passives import ISSUING, made_by, own_agents
from eventwire.events.poll_shares import counted_public
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, NAME_OR_PRONOUN_POS, PARTICIPLE_TAG

OBJECTS = {"dobj"}
MAKING = LIGHT_VERBS | ISSUING | words("event_words.tsv", "authoring")  # proposed, struck
ADOPTING = words("event_words.tsv", "adopting")  # "the measures adopted by X", "taken by X"
BACKING = words("event_words.tsv", "backing")  # "the effort supported by X", "the plan X touted"
NOUN_CLAUSES = {"acl"}  # "an injunction blocking X": the noun's own act
PARTICIPLES = {GERUND_TAG, PARTICIPLE_TAG}  # not "it is a mistake to rule out X": no one's act


def judged_makers(verb: Token, things: list[Token], type_: str, doers: bool) -> list[Token]:
    """The makers of the things the verb's act of blame, rejection or backing judges
    ("condemned the remarks made by X"), when someone does it: its doers are named, or it is
    the participle of the noun whose act it is ("an injunction blocking a bill by X"); a
    clause read for whom it aims at (no type of its own) keeps them too. Meeting or asking
    for a thing ("meet the pledge he offered") is not done to its maker."""
    done = doers or (verb.dep_ in NOUN_CLAUSES and verb.tag_ in PARTICIPLES)
    judging = (type_ in VERDICT_TYPES and done) or not type_
    return [m for t in things for m in makers(t)] if judging else []


def stance_makers(noun: Token, things: list[Token]) -> list[Token]:
    """The makers of the things a noun of blame, rejection or backing is aimed at ("support for
    the deal Obama signed"), as its verb's would be; none for other act nouns."""
    judging = {t.code.type for t in noun_triggers(noun)} & VERDICT_TYPES
    return [m for t in things for m in makers(t)] if judging else []


def makers(thing: Token) -> list[Token]:
    """The words naming who made a thing (not a person, group or place), or none."""
    if not is_thing(thing):
        return []
    found = made_by(thing) or authored_by(thing) or relative_makers(thing)
    return found or backers(thing) or misplaced_agents(thing)


def authored_by(thing: Token) -> list[Token]:
    """The "by" objects of a participle of making or adopting on the thing ("the deal signed
    by Obama", "the policies pursued by the governor"): its author, as a possessor would name
    it."""
    return [
        agent
        for participle in thing.children
        if participle.dep_ == "acl"
        and participle.tag_ == PARTICIPLE_TAG
        and participle.lemma_.lower() in MAKING | ADOPTING
        for agent in own_agents(participle)
    ]


def relative_makers(noun: Token) -> list[Token]:
    """The subject of a relative clause of making on the noun whose object is the noun itself
    ("the comments he made", "the statement that the ministry issued")."""
    return _relative_subjects(noun, MAKING)


def backers(thing: Token) -> list[Token]:
    """Who champions a thing as their cause, by a "by" participle or a relative clause of
    backing ("an effort supported by Obama", "the strategy Obama trumpeted"): a plan is judged
    for whoever backs it, as for whoever made it; only for a thing judged, never for an act
    claimed ("the attack Russia backed" is not Russia's attack: `claimed_acts`). A share or a
    count of the public ("a plan backed by 60 percent of Republicans", "by most voters") tells
    a poll's view (`poll_shares`), no champion; a relative clause's subject is a particular
    party already (`_specific`)."""
    if _restating(thing):
        return []
    participles = [c for c in thing.children if c.dep_ == "acl" and c.tag_ == PARTICIPLE_TAG]
    backing = [p for p in participles if p.lemma_.lower() in BACKING and not counted_public(p)]
    agents = [a for p in backing for a in own_agents(p)]
    return agents or _relative_subjects(thing, BACKING)


def _restating(noun: Token) -> bool:
    """ "dismissed the labels, a sentiment endorsed by the crowd": a second object after the
    first sums up the act told, not a thing it is done to (the parse hangs both on the verb)."""
    return any(c.dep_ == noun.dep_ and c.i < noun.i for c in noun.head.children if c != noun)


def _relative_subjects(noun: Token, verbs: frozenset[str]) -> list[Token]:
    """The particular subject of a relative clause of one of `verbs` whose gap is the noun."""
    return [
        subject
        for clause in noun.children
        if clause.dep_ == "relcl" and clause.lemma_.lower() in verbs and _gapped(clause)
        for subject in clause.children
        if subject.dep_ in NOUN_SUBJECT_DEPS
        and subject.lower_ not in RELATIVE_PRONOUNS
        and _specific(subject)
    ]


def _specific(subject: Token) -> bool:
    """A party in particular ("he", "Russia", "the ministry"), not people at large: "a threat
    many people make" is no one's act."""
    if subject.pos_ in NAME_OR_PRONOUN_POS:
        return True
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in SINGULAR_DEFINITE)
        for c in subject.children
    )


def _gapped(clause: Token) -> bool:
    """Whether the clause's object is the noun it modifies: none of its own, or "that"."""
    objects = [c for c in clause.children if c.dep_ in OBJECTS]
    return all(o.lower_ in RELATIVE_PRONOUNS for o in objects)
