"""Reporting nouns as cues: "Trump's claim that …", "repeated warnings from his lawyer that …".

A noun of `lexicons/cue_nouns.tsv` attributes its clause ("that …", "to …") to its holder: the
possessor, else the object of "from" or "by". A noun without a holder or a clause (a claim
discussed as a topic) reports nothing.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import read_table, word_set
from eventwire.parse.cue_rows import cue_row
from eventwire.parse.deps import NOUN_OBJECT_DEPS, VERB_PARTICLE_DEPS
from eventwire.parse.nlp import doc_text, tokens
from eventwire.parse.quotemarks import inside
from eventwire.parse.tags import POSSESSIVE_PRONOUN_TAG, VERB_POS
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import end_of, particle_object, trim
from eventwire.quotes.speakers import phrase, subject_of

CLAUSES = {"acl", "ccomp", "relcl"}
INTRODUCING = re.compile(r"[ \t\u00a0]*[,:][ \t\u00a0]*")
HOLDER_PREPOSITIONS = word_set("maker_preposition")
TOPICS = {"about", "over", "on", "regarding"}  # "expressed concern about …"


@cache
def cue_nouns() -> frozenset[str]:
    """The reporting nouns' lemmas, read once (the lexicon is looked up for every noun)."""
    return frozenset(row[0] for row in read_table("cue_nouns.tsv"))


def find_noun_cues(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every reporting noun outside quotation marks with a holder and a clause."""
    cues = []
    for token in tokens(doc):
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cue_nouns():
            continue
        if inside(quotes, token.idx):
            continue
        holder, content = _holder(token), _clause(token)
        if holder is None and (expresser := _expresser(token)) is not None:
            holder, content = expresser, content or _topic(token)
        if holder is not None and content is not None:
            cues.append(Cue(token, (token.idx, end_of(token)), holder, content))
        elif (issuer := _issuer(token, quotes)) is not None:
            cues.append(Cue(token, (token.idx, end_of(token)), issuer, None))
    return cues


def _issuer(noun: Token, quotes: list[Range]) -> Span | None:
    """ "Trump issued a statement, “Last night, …”": a reporting noun put out or put forward
    by a verb's subject, right before a quote (after a comma or colon), introduces it."""
    verb = noun.head
    verbs = word_set("publishing_verb") | word_set("expressing_verb")
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    text = doc_text(noun.doc)
    gap = INTRODUCING.match(text, end_of(noun))
    if gap is None or not any(start == gap.end() for start, _ in quotes):
        return None
    return subject_of(verb)


def _holder(noun: Token) -> Span | None:
    """The possessor ("Trump's claim"), else the object of "from"/"by"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in word_set("not_speaker"):
            return _expressed_by(noun, child) or phrase(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in HOLDER_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return phrase(objects[0])
    return None


def _expressed_by(noun: Token, possessor: Token) -> Span | None:
    """ "Woods shared her belief that …", "Trump laid out his concerns that …": a view put
    forward by the verb's subject is the subject's own; so is one the subject takes up again
    ("revised her statement that …", "backed away from his pledge to …"), and so is the one
    a speaker reports in ("stressed in his remarks that …", "wrote in her letter that …"). The
    possessive pronoun stands for the subject."""
    if possessor.tag_ != POSSESSIVE_PRONOUN_TAG or noun.dep_ not in NOUN_OBJECT_DEPS:
        return None
    verb = noun.head if noun.dep_ == "dobj" else _above_preposition(noun.head)
    lemma = verb.lemma_.lower()
    expressed = noun.dep_ == "dobj" and lemma in word_set("expressing_verb")
    reported_in = noun.head.lower_ == "in" and cue_row(verb) is not None
    own = expressed or reported_in or lemma in word_set("revisiting_verb")
    return subject_of(verb) if own else None


def _expresser(noun: Token) -> Span | None:
    """ "The minister expressed concern about the cost", "leaders voiced doubts that the deal
    would hold": a view put forward as a verb's object is its subject's, with no possessive."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in word_set("expressing_verb"):
        return None
    return subject_of(verb)


def _topic(noun: Token) -> Range | None:
    """What an expressed view is about: the object of "about", "over" or "on"."""
    about = (particle_object(c) for c in noun.children if c.lower_ in TOPICS)
    return next((content for content in about if content is not None), None)


def _above_preposition(preposition: Token) -> Token:
    """The verb a preposition belongs to, over an adverb particle ("backed away from")."""
    head = preposition.head
    return head.head if head.dep_ in VERB_PARTICLE_DEPS and head.head != head else head


def _clause(noun: Token) -> Range | None:
    """ "claim that …" or "promise to …": a verb's clause after the noun, not a relative clause
    about it ("the claim that he made")."""
    for child in noun.children:
        if child.dep_ in CLAUSES and child.pos_ in VERB_POS and child.i > noun.i:
            if child.dep_ == "relcl" and not _opens_with(child, {"that"}, "mark"):
                continue
            if _opens_with(child, {"that"}, "nsubj") or _opens_with(child, {"that"}, "dobj"):
                continue  # "the claim that he made": "that" is the relative pronoun
            return trim(noun.doc, child.left_edge.idx, end_of(child.right_edge))
    return _predicated(noun)


def _predicated(noun: Token) -> Range | None:
    """ "Her response was that …": the that-clause predicated of the noun by "be"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() != "be":
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > noun.i and _opens_with(child, {"that"}, "mark"):
            return trim(noun.doc, child.left_edge.idx, end_of(child.right_edge))
    return None


def _opens_with(verb: Token, words: set[str], dep: str) -> bool:
    """Whether one of `words` fills `dep` of the clause: "that" as its marker or its pronoun."""
    return any(c.dep_ == dep and c.lower_ in words for c in verb.children)
