"""A bare count that suffers an act stands for the people it counts: "Of the eight victims,
three were stabbed", "three people were killed and more than 260 were injured".

News counts the victims of each harm apart and names the noun once: in a fronted partitive
("Of the 121 people detained, 77 have been deported") or as the subject of the first of the
coordinated passives. The parse makes the number the subject, which names no one; the noun it
counts does (and is read as any patient is: a named group is the target, people placed by the
act's town are that town's, `placed_patients`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set
from eventwire.parse.tags import NOUN_POS, VERB_POS

QUANTIFIERS = word_set("quantity_noun") | word_set("group_quantifier")  # "dozens", "several"
PARTITIVE = {"of"}  # "Of the eight victims, three ..."
CLAUSE_LINKS = {"conj", "ccomp", "parataxis"}  # "three were stabbed, two were strangled"


def counted_noun(token: Token) -> Token:
    """The noun a bare count subject of a passive counts, else the token itself."""
    if token.dep_ != "nsubjpass" or not _bare_count(token):
        return token
    verbs = _clause_chain(token.head)
    partitive = [p for v in verbs for p in pobjs(v, PARTITIVE) if p.i < token.i]
    if partitive:
        return partitive[0]
    subjects = [
        s
        for v in verbs
        for s in v.children
        if s.dep_ == "nsubjpass" and s.i < token.i and s.pos_ in NOUN_POS
    ]
    return subjects[0] if subjects else token


def _bare_count(token: Token) -> bool:
    """A number or quantifier with no noun and no "of" phrase: "three", "more than 260",
    "dozens", "several"."""
    count = token.like_num or token.ent_type_ == "CARDINAL" or token.lower_ in QUANTIFIERS
    return count and not pobjs(token, PARTITIVE)


def _clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is coordinated or chained with, up to their first."""
    chain = [verb]
    while chain[-1].dep_ in CLAUSE_LINKS and chain[-1].head.pos_ in VERB_POS:
        chain.append(chain[-1].head)
    return chain
