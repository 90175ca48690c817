"""A town before an act noun is where the act happened, not who did it: "the Nairobi bombing",
"the Madrid summit", "the Brussels attacks".

News lets a capital stand for its government ("Washington demanded", `country_words`), but
a city or region that names an act by its place ("the Oslo talks", "the Nice massacre") names
no party to it: the bombers of Nairobi are not Kenya. A country name stays a modifier that may
do the act ("U.S. air strikes"), and so does a town joined to another by a hyphen or "and"
("the Moscow-Washington talks"), which names the two sides.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.codes import capital_countries, country_of
from eventwire.events.participant_sets import participant_key
from eventwire.model import ActorType, Participant
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.hyphens import HYPHENS
from eventwire.parse.nlp import entity_at

if TYPE_CHECKING:
    from eventwire.events.participants import RoleReader

PLACE_LABELS = frozenset({"GPE", "LOC"})


def without_towns(reader: RoleReader, noun: Token, doers: list[Participant]) -> list[Participant]:
    """The doers read from an act noun's modifiers, less the towns that name the act."""
    towns = [c for c in noun.children if naming_town(c, reader.towns) and not _someone(reader, c)]
    if not towns:
        return doers
    keys = {participant_key(p) for town in towns for p in reader.phrase(town)}
    return [p for p in doers if participant_key(p) not in keys]


def _someone(reader: RoleReader, modifier: Token) -> bool:
    """ "the Palin endorsement", "the F.B.I. investigation": a name the actors stage read as a
    person, or as a body it gave a sector, whatever town shares it (a body with no sector may
    be the town: NER tags "Nice" a firm)."""
    mention = reader.mention_at(modifier)
    actor = reader.actors.get(mention.actor_id) if mention is not None else None
    if actor is None:
        return False
    return actor.type == ActorType.PERSON or actor.sector is not None


def naming_town(modifier: Token, towns: frozenset[int] = frozenset()) -> bool:
    """Whether a noun before an act noun is a town or region, not a country: one NER tags a
    place, one the places stage resolved to a town (`towns`, by start offset: NER may read
    "Nice" as a firm), or a capital known by name ("Oslo" may be tagged a person)."""
    if modifier.dep_ not in COMPOUND_DEPS | {"amod"}:
        return False
    entity = entity_at(modifier)
    span = entity if entity is not None else modifier.doc[modifier.i : modifier.i + 1]
    surface = span.text.removeprefix("the ")
    tagged = entity is not None and entity.label_ in PLACE_LABELS
    resolved = span.start_char in towns
    if not (tagged or resolved or surface in capital_countries()) or country_of(surface):
        return False
    return not _joined(modifier, span.start, span.end)


def _joined(modifier: Token, start: int, end: int) -> bool:
    """ "the Moscow-Washington talks", "the Paris and London meetings": a town joined to
    another names a side each."""
    doc = modifier.doc
    hyphened = any(0 <= i < len(doc) and doc[i].text in HYPHENS for i in (start - 1, end))
    return hyphened or has_conjunct(modifier)
