"""Speaking ill of someone: "said bad things about Bernie", "says nasty things about Clinton".

Saying things that a strongly negative word qualifies (VADER's valence, rated by people, with
eventwire's harsh qualities and wrongs laid over it) about a party is criticism of that party,
and PLOVER codes it as the sayer's accusation. Plain or good things ("said nice things about",
"said a lot of things"), denied saying ("never said bad things about") and doing rather than
saying ("did bad things") are none. Without a party the things are about, a speaker's report
that someone said them ("'She just said a terrible thing,' Trump said") is left alone: on
unlabelled news its one reading was sarcasm, and the one it charged was unnamed.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, reporting_lemmas, words
from eventwire.events.valences import STRONG, overlaid, word_valence
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import DEROGATORY, PURVEYING, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_OBJECT_DEPS

SAID_THINGS = words("event_words.tsv", "said_thing")  # things, stuff: what is said, unnamed
BLAME = words("event_words.tsv", "harsh") | WRONGDOING | DEROGATORY
ABOUT = word_set("concern_preposition")  # "bad things about him", "said ugly things of them"
NEGATION_DEPS = {"neg"}


@cache
def _valence() -> dict[str, float]:
    """VADER's word valences, with eventwire's harsh qualities and wrongs as strong ones."""
    return overlaid(BLAME)


def ill_said(verb: Token) -> bool:
    """A verb of saying or passing words on, not negated, whose object is things a strongly
    negative word qualifies ("said bad things", "said a lot of stupid stuff")."""
    if verb.pos_ != "VERB" or any(c.dep_ in NEGATION_DEPS for c in verb.children):
        return False
    if verb.lemma_.lower() not in reporting_lemmas() | PURVEYING:  # "did bad things": no words
        return False
    return any(_ill_things(o) for o in _said_things(verb))


def spoken_ill_of(verb: Token) -> list[Token]:
    """The parties that things said ill of are about: "about" (or "of", "against") on the
    saying verb or on the things ("said bad things about Bernie"); none when nothing ill is
    said."""
    if not ill_said(verb):
        return []
    holders = [verb, *_said_things(verb)]
    return [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in ABOUT
        for pobj in prep.children
        if pobj.dep_ == "pobj" and is_agent(pobj)
    ]


def _said_things(verb: Token) -> list[Token]:
    """The verb's direct objects that name things said, also after an amount ("a lot of",
    "some of the": the "of" noun is what is said)."""
    said = objects(verb)
    said += [p for o in said for c in o.children if c.lower_ == "of" for p in c.children]
    return [o for o in said if o.dep_ in NOUN_OBJECT_DEPS and o.lemma_.lower() in SAID_THINGS]


def _ill_things(things: Token) -> bool:
    """Things qualified by a strongly negative word ("bad things", "some pretty nasty things",
    "stupid and dangerous things")."""
    qualities = [c for c in things.children if c.dep_ == "amod"]
    qualities += [q for c in qualities for q in c.conjuncts]
    return any(word_valence(_valence(), q) <= -STRONG for q in qualities)
