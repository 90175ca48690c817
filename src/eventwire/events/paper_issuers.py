"""Who put out a document: "its letter", "Exxon's report", "a letter from the ministry", "the
suit filed by X"; or, for "the letter" with none of these, the issuer of the paper of the same
name told just before: its owner ("Exxon contended in its letter ... The letter accuses") or
the subject of the verb that issued it ("Exxon wrote a letter to Columbia ... The letter
accuses"). A paper cannot act or speak, so its words are its issuer's: read by `issuers` for a
paper that acts (its antecedent in its sentence or the one before) and by the events stage for
a paper that is quoted ("Obama released a statement. He said ... 'We stand with France,' the
statement said": a quote closes a report, so its paper was told a few sentences before).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import SINGULAR_DEFINITE, words
from eventwire.events.passives import issuing_agents
from eventwire.events.phrase_links import pobjs
from eventwire.events.word_classes import DOCUMENTS
from eventwire.lexicons import word_set
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

ISSUED = DOCUMENTS | words("event_arguments.tsv", "statement")  # papers and what they say
HEARSAY = words("event_arguments.tsv", "hearsay")  # rumour, notion, theory: no issued words
ISSUER_PREPS = word_set("maker_preposition")


def is_document(noun: Token) -> bool:
    """ "the letter", "its statement", "a report": a paper someone issued."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ISSUED


def is_paper(noun: Token) -> bool:
    """ "the ad", "a report", "the lawsuit": words someone put out, which act for their issuer
    even unnamed; "rumours" or "the notion" are only thought or said, and do nothing."""
    return is_document(noun) and noun.lemma_.lower() not in HEARSAY


def issuer_words(paper: Token, sentences_back: int = 1) -> list[Token]:
    """The words naming who issued the paper: its owner, its "from"/"by" party, or, for a
    definite "the letter" with neither, the owner or sender of the paper of the same name
    within `sentences_back` sentences before."""
    named = _named_issuers(paper)
    if named or not any(c.dep_ == "det" and c.lower_ in SINGULAR_DEFINITE for c in paper.children):
        return named
    antecedent = _antecedent(paper, sentences_back)
    return (_named_issuers(antecedent) or _senders(antecedent)) if antecedent else []


def _named_issuers(paper: Token) -> list[Token]:
    """ "its letter", "Exxon's report", "a letter from the ministry", "the suit filed by X"."""
    owners = [c for c in paper.children if c.dep_ == "poss"]
    return owners or pobjs(paper, ISSUER_PREPS) or issuing_agents(paper)


def _senders(paper: Token) -> list[Token]:
    """ "Exxon wrote a detailed letter": the subjects of the verb whose object it is."""
    if paper.dep_ != "dobj":
        return []
    return [c for c in paper.head.children if c.dep_ in NOUN_SUBJECT_DEPS]


def _antecedent(paper: Token, sentences_back: int) -> Token | None:
    """The nearest paper of the same name before "the letter", in its sentence or the ones
    before ("contended in its letter ... The letter also accuses")."""
    doc = paper.doc
    start = paper.sent.start
    for _ in range(sentences_back):
        start = doc[start - 1].sent.start if start else start
    same = [t for t in doc[start : paper.i] if t.lemma_ == paper.lemma_ and t.pos_ == "NOUN"]
    return same[-1] if same else None
