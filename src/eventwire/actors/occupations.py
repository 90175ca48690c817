"""Occupations said of a named person ("attorney Kendall Brandt", "X, a lawyer for the
family", "hedge fund billionaire Y"): the sector a reader gives the person.

They are kept apart from the titles of `roles.tsv` because a title alone makes an actor ("the
minister said"), while an occupation said of no one named makes none ("the lawyer for the
miners" is no actor). A person the known-actor table names takes none
(`actors.person_mentions`): the word would make them a rival of the one it describes ("fellow
billionaire Donald Trump" is no "investor" of the story); where the table matches a name only by
its key, codes carrying the method `OCCUPATION` still give way to the table's.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.code_phrases import phrase_lookup
from eventwire.codes import Role
from eventwire.lexicons import PhraseLookup, read_table
from eventwire.model import Code, Evidence
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import PLURAL_NOUN_TAG

OCCUPATION = "occupation"  # the method of a code read from an occupation


@cache
def _occupations() -> dict[tuple[str, ...], Role]:
    return {tuple(p.split()): Role(s, r) for p, s, r in read_table("occupations.tsv")}


@cache
def occupation_words() -> frozenset[str]:
    """Words of occupation phrases: they may stand in the words right before a name."""
    return frozenset(word for phrase in _occupations() for word in phrase)


@cache
def _lookup() -> PhraseLookup[str, Role]:
    table = _occupations()
    return phrase_lookup(table, max(map(len, table)))


def find_occupation(name: Span, words: list[Token]) -> tuple[Code, Code] | None:
    """The longest occupation among the words said of the name, as (sector, role) codes with
    evidence. A name that modifies a noun after it ("billionaire Dallas Mavericks owner X") is
    no one the words describe: they describe the phrase's head."""
    if name.root.dep_ == "compound" and name.root.head.i >= name.end:
        return None
    items = [_singular(t) for t in words]
    match = _lookup().longest_in(items)
    if match is None:
        return None
    doc = name.doc
    first, last = words[match.start], words[match.end - 1]
    evidence = Evidence.of(doc_text(doc), first.idx, last.idx + len(last))
    sector, role = match.value.sector, match.value.role
    return (
        Code(value=sector, evidence=evidence, method=OCCUPATION),
        Code(value=role, evidence=evidence, method=OCCUPATION),
    )


def _singular(token: Token) -> str:
    """ "Florida lawyers X and Y": each is a lawyer."""
    return token.lemma_.lower() if token.tag_ == PLURAL_NOUN_TAG else token.lower_
