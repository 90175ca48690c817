"""Praise told as the speaker's own admiration: "I am an enormous fan of the pope", "we are
strong supporters of the governor".

The clause's subject is the speaker ("I", "we"), so the party praised is not the subject, as
in "he is a great man", but the "of" object of the admirer noun (`event_words.tsv`, class
"admirer"). Only the first person is read: "he is a fan of the pope" tells a third party's
liking, not the speaker's praise.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, is_agent, words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.deps import PREDICATE_DEPS

ADMIRERS = words("event_words.tsv", "admirer")  # fan, admirer, supporter


def admired(clause: Token) -> list[Token]:
    """The parties a first-person clause says the speaker admires, or none."""
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not any(s.lower_ in FIRST_PERSON_SUBJECTS for s in subjects):
        return []
    if any(c.dep_ == "neg" for c in clause.children):  # "I am not a fan of his"
        return []
    return [
        party
        for noun in clause.children
        if noun.dep_ in PREDICATE_DEPS and noun.lemma_.lower() in ADMIRERS
        for party in pobjs(noun, {"of"})
        if is_agent(party)
    ]
