"""What every verb repair shares: the one verb a form inflects, and the verb's tag, features and
lemma set on a word the small model tagged as an adjective or noun (`parse.verb_repairs`)."""

from __future__ import annotations

from spacy.lookups import Lookups
from spacy.tokens import Token

from eventwire.parse.lemmas import inflected_from
from eventwire.parse.tags import BASE_FORM_TAG, PARTICIPLE_TAG, PAST_TENSE_TAG, PRESENT_SINGULAR_TAG

BARE_NOUN_BLOCKERS = {"det", "poss", "nummod", "amod", "compound", "case"}
VERB_MORPHS = {  # the features each repaired tag carries
    PARTICIPLE_TAG: "Tense=Past|VerbForm=Part",
    PRESENT_SINGULAR_TAG: "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    BASE_FORM_TAG: "VerbForm=Inf",
    PAST_TENSE_TAG: "Tense=Past|VerbForm=Fin",
}


def verb_lemma(lookups: Lookups, token: Token) -> str | None:
    """The one verb this form inflects ("derided" → "deride"), or None when it is none or
    could be several."""
    lemmas = inflected_from(lookups, token.lower_, ("verb",))
    return next(iter(lemmas)) if len(lemmas) == 1 else None


def retag(token: Token, tag: str, lemma: str) -> None:
    """The verb's tag, part of speech, features and lemma (an adjective's "Degree=Pos" would
    otherwise stay on a verb)."""
    token.tag_, token.pos_ = tag, "VERB"
    token.set_morph(VERB_MORPHS[tag])
    token.lemma_ = lemma


def phrase_head(noun: Token, modifier_deps: frozenset[str]) -> Token:
    """The head of the noun phrase a word sits in, up from it through the modifiers (of
    `modifier_deps`) that hang before their own heads: "Sanders" in "Sanders' approach",
    "executives" in "blasted Disney executives"."""
    while noun.dep_ in modifier_deps and noun.head.i > noun.i:
        noun = noun.head
    return noun


def head_the_clause(verb: Token, subject: Token, tag: str, lemma: str) -> None:
    """The repaired verb heads the clause its subject headed: the subject's words after the verb
    hang on the verb, and the subject is its nsubj."""
    retag(verb, tag, lemma)
    verb.head, verb.dep_ = verb, "ROOT"
    for child in list(subject.children):
        if child.i > verb.i:
            child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"
