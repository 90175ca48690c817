"""Facilities named for their institution: "gunmen attacked a police station in Karachi".

A building that houses an institution (a police station, an army base, a courthouse, a
mosque, a radio station: `facilities.tsv`) stands for that institution when it is what an act
is done to: CAMEO codes the attack on a police station as an attack on the police, and the
town it is in is only where it happens, never the target. The institution takes its sector
from the lexicon and its country from a country word on the phrase ("a Serb police station"),
else from the place it (or its verb) is in ("in Karachi"), else from the story's home.
"""

from __future__ import annotations

from collections import Counter
from typing import Protocol

from spacy.tokens import Token

from eventwire.codes import country_of, noun_sectors
from eventwire.events.held_sites import placed_in
from eventwire.events.lexicon import word_types
from eventwire.events.plover_types import ASSAULT, COERCE, PROTEST, SANCTION
from eventwire.model import HOME_METHODS, Actor, ActorType, Evidence, Participant
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import MODIFIER_OR_OWNER_DEPS, NOUN_MODIFIER_DEPS, PATIENT_DEPS
from eventwire.parse.forms import word_and_lemma
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import WH_TAGS

FACILITIES = noun_sectors("facilities.tsv")  # ("police", "station") → COP
NAME_DEPS = NOUN_MODIFIER_DEPS  # the words that name the kind of building
HOSTILE = {ASSAULT, COERCE, PROTEST, SANCTION}  # acts done to a building's occupants
STRUCK_PREPS = {"on", "against", "of"}  # "an attack on", "seizure of"; "killed at" is a venue


class Reader(Protocol):
    actors: dict[str, Actor]
    dateline: tuple[int, int]

    def phrase(self, token: Token) -> list[Participant]: ...


def facility_holders(reader: Reader, site: Token) -> list[Participant]:
    """The institution a facility noun names, as a participant; [] for any other noun."""
    if not _struck(site) or _doing(site):
        return []
    words = _kind_words(site)
    for start in range(len(words) + 1):
        for head in word_and_lemma(site):
            key = (*(w.lower_ for w in words[start:]), head)
            sector = FACILITIES.get(key)
            if sector is not None:
                return _known(_participant(reader, site, _first(site), sector))
    return []


def _known(institution: Participant) -> list[Participant]:
    """An institution whose country neither the phrase, its place nor the story tells ("a
    school in Zabul province" where the gazetteer reads no province) is left to the older
    readings, which give the struck place's country, rather than a side of no country."""
    return [institution] if institution.country else []


def _struck(site: Token) -> bool:
    """Whether the noun is what a hostile act is done to: the object of an attack, raid,
    seizure, protest or sanction verb or noun ("stormed the barracks", "an attack on a
    mosque"); a school argued over or a hospital visited stays a building."""
    site = first_conjunct(site)
    if site.dep_ in PATIENT_DEPS:
        act = site.head
    elif site.dep_ == "pobj" and site.head.lower_ in STRUCK_PREPS:
        act = site.head.head
    else:
        return False
    return _hostile(act)


def _doing(site: Token) -> bool:
    """ "the bombing of a clinic that killed a nurse": a relative clause telling a hostile act
    whose subject is the building is the attack's (misattached), and a building does no act,
    so the phrase names no institution rather than make the clinic the killer."""
    return any(
        clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ in WH_TAGS for c in clause.children)
        and _hostile(clause)
        for clause in site.children
    )


def _hostile(act: Token) -> bool:
    """Whether the word is an attack, coercion, protest or sanction trigger."""
    return not word_types(act.lemma_.lower()).isdisjoint(HOSTILE)


def _kind_words(site: Token) -> list[Token]:
    """The modifiers naming the building's kind, in order, up to the noun ("state radio")."""
    words: list[Token] = []
    for child in site.lefts:
        if child.dep_ in NAME_DEPS:
            words.extend(t for t in child.subtree if t.i < site.i)
    return words


def _first(site: Token) -> Token:
    """The phrase's first naming word, its owner's included ("the U.S. Marine barracks")."""
    owners = [t for c in site.lefts if c.dep_ in MODIFIER_OR_OWNER_DEPS for t in c.subtree]
    return min(owners, key=lambda t: t.i) if owners else site


def _participant(reader: Reader, site: Token, first: Token, sector: str) -> Participant:
    """The institution, with the phrase's words as its evidence."""
    start, end = first.idx, site.idx + len(site)
    return Participant(
        name=doc_text(site.doc)[start:end],
        country=_owner(reader, site) or placed_in(reader, site) or _home(reader, site),
        sector=sector,
        mention=Evidence.of(doc_text(site.doc), start, end),
    )


def _owner(reader: Reader, site: Token) -> str | None:
    """ "the Serb police station", "a U.S. Marine barracks": a country word on the phrase."""
    owners = (c for c in site.lefts if c.dep_ in MODIFIER_OR_OWNER_DEPS)
    for child in (t for owner in owners for t in owner.subtree):
        country = country_of(child.text)
        if country is not None:
            return country.iso3
        found = [p.country for p in reader.phrase(child) if _state(reader, p)]
        if found:
            return found[0]
    return None


def _state(reader: Reader, participant: Participant) -> bool:
    """A country named as the owner ("the U.S. army base"), not a group with a guessed one."""
    actor = reader.actors.get(participant.actor_id or "")
    return actor is not None and actor.type == ActorType.COUNTRY and bool(participant.country)


def _home(reader: Reader, site: Token) -> str | None:
    """The story's home country: its dateline's ("LAHORE, Pakistan"), else the one its
    unqualified actors defaulted to (outlet or most of its actors)."""
    start, end = reader.dateline
    for token in (t for t in site.doc if start <= t.idx < end):
        country = country_of(token.text)
        if country is not None and not country.is_demonym:
            return country.iso3
    homes = Counter(
        actor.country.value
        for actor in reader.actors.values()
        if actor.country is not None and actor.country.method in HOME_METHODS
    )
    return homes.most_common(1)[0][0] if homes else None
