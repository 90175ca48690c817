"""Warships, named with a navy's prefix ("HMS Invincible", "USS Cole") or by their kind ("the
British aircraft carrier Invincible", "the Russian submarine Kursk"). A navy's ship acts for its
navy (MIL of its country); transcripts may write the name in lower case ("carrier invincible")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import code
from eventwire.codes import country_of
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import capitalised, tokens_in
from eventwire.sectors import MILITARY


class VesselMentions(MentionCollector):
    """Finds warships, before people and organisations claim their words."""

    def _find_warships(self) -> None:
        """ "HMS Invincible", "USS Cole": a navy's ship prefix names a warship of its country."""
        for token in capitalised(self.doc):  # the prefixes are acronyms ("HMS", "USS")
            iso3 = word_map("ship_prefix").get(token.text)
            if iso3 is None:  # before the scan of the name, which costs a token loop each
                continue
            end = token.i + 1
            while end < len(self.doc) and self.doc[end].is_title:
                end += 1
            span = self.doc[token.i : end]
            if len(span) < 2 or not self.free(span):
                continue
            country = code(self.doc, iso3, token.idx, token.idx + len(token))
            sector = code(self.doc, MILITARY, token.idx, token.idx + len(token))
            self.add(
                MentionKind.NAME,
                ActorType.ORGANIZATION,
                span,
                key=span.text,
                country=country,
                sector=sector,
            )

    def _find_named_vessels(self) -> None:
        """ "the British aircraft carrier Invincible": a warship named by its kind is its
        navy's (MIL of the flag's country)."""
        for vessel in named_vessels(self.doc):
            if not self.free(vessel.phrase):
                continue
            flag = vessel.flag
            country = code(self.doc, vessel.country, flag.idx, flag.idx + len(flag))
            sector = code(self.doc, MILITARY, flag.idx, vessel.name.idx + len(vessel.name))
            key = f"vessel:{vessel.name.lower_}"
            self.add(
                MentionKind.NAME,
                ActorType.ORGANIZATION,
                vessel.phrase,
                key=key,
                name=vessel.name.text,
                country=country,
                sector=sector,
            )


NAME_RELATIONS = {"appos", "amod", "compound", "npadvmod"}  # how the parser hangs a ship's name


@dataclass(frozen=True)
class Vessel:
    """A named warship: the whole phrase that names it, its name and its flag's country."""

    phrase: Span
    name: Token
    country: str
    flag: Token


def named_vessels(doc: Doc) -> list[Vessel]:
    """Every vessel noun of `warship_noun` followed by a one-word name hanging on it and
    flagged by a country word before it; a vessel with no country says no navy."""
    found = []
    kinds = [kind.split() for kind in word_set("warship_noun")]
    for noun in tokens_in(doc, {kind[-1] for kind in kinds}):
        if noun.i + 1 >= len(doc) or not any(_names_kind(noun, kind) for kind in kinds):
            continue
        name = doc[noun.i + 1]
        if name.head != noun or name.dep_ not in NAME_RELATIONS or not name.is_alpha:
            continue
        flag = next((t for t in noun.lefts if _country(t)), None)
        if flag is None:
            continue
        start = min(t.i for t in noun.lefts)
        found.append(Vessel(doc[start : name.i + 1], name, _country(flag) or "", flag))
    return found


def _names_kind(noun: Token, kind: list[str]) -> bool:
    """ "aircraft carrier": the noun and the words before it spell the kind (a bare "carrier"
    is as often an airline)."""
    start = noun.i - len(kind) + 1
    return start >= 0 and [t.lower_ for t in noun.doc[start : noun.i + 1]] == kind


def _country(token: Token) -> str | None:
    country = country_of(token.text)
    return country.iso3 if country else None
