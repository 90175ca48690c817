"""Reports joined by "and" that the parse hangs on what was said: "The minister said the rallies
were unlawful and warned that anyone who blocked roads would be detained". The second verb is
the minister's, not the rallies'; the parse makes it a second clause of "said", or a conjunct of
the said clause, and so would give it the said clause's subject or none.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words

REPORTING = words("cue_verbs.tsv", "speech") | words("cue_verbs.tsv", "address")  # said, told


def joined_report(verb: Token) -> Token | None:
    """The saying verb that a subjectless verb after "and" shares its subject with, where the
    parse hangs it on what was said: as a second clause of "said", or as a conjunct of that
    clause when it reports too and the clause is about no one ("said the rallies were unlawful
    and warned that ...": the minister warned)."""
    before = verb.doc[verb.i - 1] if verb.i else verb
    subjectless = not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
    if not subjectless or before.dep_ != "cc" or verb.pos_ != "VERB":
        return None
    if verb.dep_ == "ccomp" and _says(verb.head):
        return verb.head
    clause = verb.head
    about_someone = any(c.dep_ == "nsubj" and is_agent(c) for c in clause.children)
    joined = verb.dep_ == "conj" and clause.dep_ == "ccomp" and _says(clause.head)
    return clause.head if joined and _says(verb) and not about_someone else None


def _says(verb: Token) -> bool:
    """A reporting verb ("said", "warned", "told")."""
    return verb.lemma_.lower() in REPORTING
