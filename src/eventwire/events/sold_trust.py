"""Public trust sold: "(said) the Clintons sold access", " 'He is selling favors,' she said".

Selling what an office holder owes the public (access to the office, favours, influence,
pardons) is a wrong in itself, as taking a bribe is, so a speaker who tells a party doing it
charges that party (ACCUSE, `judgement`); "sold the company" or "sells ice cream" charges no
one. The selling may be told beside the clause's own verb with the same doer ("they made
millions selling access"). The verbs are those that pass something on (`event_words.tsv`
class "purveying": sell, peddle), the things sold the class "public_trust".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import PURVEYING
from eventwire.parse.deps import LINKED_CLAUSE_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG

PUBLIC_TRUST = words("event_words.tsv", "public_trust")  # access, favors, influence


def trust_sold(clause: Token) -> bool:
    """Whether a clause, or a verb linked to it that shares its doer, sells public trust."""
    return any(_sells_trust(v) for v in [clause, *_linked_verbs(clause)])


def _linked_verbs(clause: Token) -> list[Token]:
    """ "made millions selling access": verbs hung on the clause, or as a participle on its
    object, with no subject of their own."""
    return [
        c
        for c in [*clause.children, *(a for o in objects(clause) for a in o.children)]
        if (c.dep_ in LINKED_CLAUSE_DEPS or (c.dep_ == "acl" and c.tag_ == GERUND_TAG))
        and c.pos_ == "VERB"
        and not any(s.dep_ in SUBJECT_DEPS for s in c.children)
    ]


def _sells_trust(verb: Token) -> bool:
    if verb.lemma_.lower() not in PURVEYING:
        return False
    objects = [w for c in verb.children if c.dep_ == "dobj" for w in (c, *c.conjuncts)]
    return any(in_words(o, PUBLIC_TRUST) for o in objects)
