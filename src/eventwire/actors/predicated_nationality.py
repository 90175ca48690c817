"""A nationality told by the predicate of the person's own clause: "Kalnins is a Latvian
citizen", "Kalnins, who is French, …", "she is a native of Ghana". News says this of
foreigners, so it beats the article's home country, a default for people named bare."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.heritage import before_demonym
from eventwire.actors.homelands import recode_home_people
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Evidence, Mention
from eventwire.parse.deps import PREDICATE_DEPS
from eventwire.parse.nlp import doc_text

RELATIVE_SUBJECTS = word_set("subject_relative")
PREDICATED = "predicate"
TOLD_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})


def code_by_predicates(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People and organisations coded only by the home default whose own clause says their
    nationality ("X is a French citizen")."""
    recode_home_people(doc, actors, mentions, _predicated, TOLD_TYPES)


def _predicated(subject: Token) -> Code | None:
    """The country of the predicate of a copula the subject heads, or of a "who" clause on it."""
    verbs = [subject.head] if subject.dep_ == "nsubj" else []
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        if any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in clause.children):
            verbs.append(clause)
    linking = word_set("linking_verb")
    for verb in verbs:
        if verb.lemma_ not in linking or any(c.dep_ == "neg" for c in verb.children):
            continue  # "X is not a French citizen" says nothing of where X is from
        for predicate in (c for c in verb.children if c.dep_ in PREDICATE_DEPS):
            found = _nationality(predicate)
            if found is not None:
                return found
    return None


def _nationality(predicate: Token) -> Code | None:
    """ "French", "a French citizen", "a Latvian", "a citizen of Latvia"."""
    for word in [predicate, *(c for c in predicate.children if c.dep_ == "amod")]:
        country = country_of(word.text)
        if country is not None and country.is_demonym and not before_demonym(word.doc, word.i + 1):
            return _code(word, country.iso3)
    if predicate.lower_ not in word_set("nationality_noun"):
        return None
    for prep in (c for c in predicate.children if c.dep_ == "prep" and c.lower_ == "of"):
        for state in (c for c in prep.children if c.dep_ == "pobj"):
            country = country_of(state.text)
            if country is not None and not country.is_demonym:
                return _code(state, country.iso3)
    return None


def _code(word: Token, iso3: str) -> Code:
    evidence = Evidence.of(doc_text(word.doc), word.idx, word.idx + len(word))
    return Code(value=iso3, evidence=evidence, method=PREDICATED)
