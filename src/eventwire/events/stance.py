"""Stances told with a copula: "some parties are against NATO's expansion" opposes it, "the
campaign says they are unwilling to debate" refuses.

PLOVER's REJECT covers opposing another party's act or policy, and the lexicon already codes the
adjective form ("opposed to"). "Be" is no lexicon row: as a trigger word it would make every
copula an event verb to the rules that read them (`confidence` counts a subject of an event
verb as told happening). So the copula and its "against" phrase are read here, with the same
test as the lexicon's stance adjectives: what is opposed is a party or a party's act.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.lexicon import INANIMATE_PRONOUNS, LIGHT_VERBS, is_agent, words
from eventwire.lexicons import word_set
from eventwire.parse.deps import OWNER_DEPS

NOT_OPPOSED = words("event_words.tsv", "not_opposed")  # "against the law", "against the wall"
BETWEEN = {"ADV", "PART"}  # "is firmly against", "is not against": adverbs and "not" only
COPULAS = frozenset({"be"})  # the only verb a stance "against" is read on
COPULA_DEPS = {"ROOT", "ccomp", "conj", "advcl", "relcl"}
AIMS = {"to", "for", "against"}  # what a stance is toward
FORECAST = word_set("forecast_modal")  # will, 'll, would, 'd, might, may, could


def against_span(copula: Token) -> Span | None:
    """ "are against NATO's expansion", "is firmly against Trump": the copula through its
    "against", when what is opposed is a party or a party's act; else None ("are against this
    kind of nonsense" is an opinion, "is against the law" a rule)."""
    if (
        copula.lemma_.lower() not in COPULAS
        or copula.pos_ != "AUX"
        or copula.dep_ not in COPULA_DEPS
    ):
        return None
    for prep in copula.children:
        if prep.dep_ != "prep" or prep.lower_ != "against" or prep.i < copula.i:
            continue
        between = copula.doc[copula.i + 1 : prep.i]
        opposed = [p for p in prep.children if p.dep_ == "pobj"]
        if all(t.pos_ in BETWEEN for t in between) and _a_party(opposed):
            return copula.doc[copula.i : prep.i + 1]
    return None


def _a_party(objects: list[Token]) -> bool:
    """A party or its act ("NATO's expansion", "the Kremlin's plan"), not a rule or a place."""
    if any(o.lemma_.lower() in NOT_OPPOSED or o.lower_ in INANIMATE_PRONOUNS for o in objects):
        return False
    owners = [c for o in objects for c in o.children if c.dep_ in OWNER_DEPS]
    return any(is_agent(o) for o in [*objects, *owners])


def forecast(adjective: Token) -> bool:
    """ "lawyers will be unwilling to take cases": a stance foretold is no stance stated."""
    verb = adjective.head
    return any(c.dep_ == "aux" and c.lower_ in FORECAST for c in verb.children)


def light_phrase(noun: Token) -> list[Token]:
    """ "voiced opposition to the plan", "expressed support for Kyiv": the stance's "to", "for"
    or "against" phrase, which the parser hangs on the light verb right after its object noun
    (a full verb's phrase is its own: "sent troops to Mali")."""
    verb, after = noun.head, noun.right_edge.i + 1
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.i == after and c.lower_ in AIMS]
