"""A party's word before an act noun names the act's doer: "Democratic allegations of bias",
"Republican attacks on the judge" are the party's (PTY), as "Iraqi attacks" are Iraq's. The
word is no actor's mention, so the party is read from the known parties that share its side
(`party_side`: "GOP" and "Republican" both name the Republicans)."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from spacy.tokens import Token

from eventwire.known_names import known_actor_rows
from eventwire.lexicons import word_map
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text
from eventwire.sectors import PARTY


def party_words(noun: Token, deps: Collection[str]) -> list[Participant]:
    """The parties that capitalised party words among a noun's modifiers of these relations
    name ("the Democratic platform", "Republican efforts")."""
    found = (party_doer(c) for c in noun.children if c.dep_ in deps)
    return [p for p in found if p is not None]


def party_doer(word: Token) -> Participant | None:
    """The party a capitalised party word names ("Democratic", "GOP"), or None: lowercase
    "democratic" is a quality, not a party."""
    side = word_map("party_side").get(word.lower_)
    if side is None or not word.text[:1].isupper():
        return None
    found = _party_countries().get(side)
    if found is None:
        return None
    name, country = found
    evidence = Evidence.of(doc_text(word.doc), word.idx, word.idx + len(word))
    return Participant(name=name, country=country, sector=PARTY, mention=evidence)


@cache
def _party_countries() -> dict[str, tuple[str, str]]:
    """Each side's first known party ("Democratic Party" for D) and its country."""
    sides = word_map("party_side")
    found: dict[str, tuple[str, str]] = {}
    for row in known_actor_rows("organization"):
        side = sides.get(row.name.split()[0].lower())
        if row.sector == PARTY and side and row.country:
            found.setdefault(side, (row.name, row.country))
    return found
