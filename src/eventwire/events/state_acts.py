"""A country acting acts through its state: a protest with no target is aimed at the protesters'
own government, a country acting is its army in a military event and else its government, and the
events name such a country as a state again once the rules have read it. Split from
`events.extract`, which builds the events.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import IGO_COUNTRY, country_display_name
from eventwire.events.lexicon import MILITARY as MILITARY_WORDS
from eventwire.events.lexicon import EventCode
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import argument_words
from eventwire.events.plover_types import ASSAULT, MOBILIZE
from eventwire.events.premises import country_told
from eventwire.lexicons import word_set
from eventwire.model import Event, Participant
from eventwire.sectors import GOVERNMENT, MILITARY

MILITARY_TYPES = {MOBILIZE, ASSAULT}
STATE_ACTING = {GOVERNMENT, MILITARY}  # the arms a country acts through (`state_sector`)


def own_government(reader: RoleReader, actors: list[Participant]) -> list[Participant]:
    """ "Algerian landowners began a hunger strike": a protest naming no target is aimed at the
    protesters' own government (CAMEO/PLOVER's domestic convention) when the text tells their
    country ("the crowd rallied" only guesses it); the evidence is the words that give it. The
    state's own organs ("Democrats in the state Senate kept up a filibuster") protest inside it."""
    countries = {p.country for p in actors}
    if len(countries) != 1 or None in countries or IGO_COUNTRY in countries:
        return []
    if all(p.sector in word_set("state_sector") or not country_told(reader, p) for p in actors):
        return []
    country = countries.pop()
    return [
        Participant(
            name=country_display_name(country),
            country=country,
            sector=GOVERNMENT,
            mention=actors[0].mention,
        )
    ]


def state_sector(
    reader: RoleReader, actors: list[Participant], type_: str, context: list[str]
) -> None:
    """ "Belarus strengthens the border": a country acting is its military in a military
    event, else its government (PLOVER's MIL and GOV sectors)."""
    sector = MILITARY if type_ in MILITARY_TYPES or "military" in context else GOVERNMENT
    for participant in actors:
        if participant.sector is None and reader.stands_for_state(participant):
            participant.sector = sector


def states_as_countries(reader: RoleReader, events: list[Event]) -> None:
    """ "Iran condemned", "Poland joined NATO": the rules read a country acting as its
    government or army (`state_sector`, for sanctions, visits, confidence), but the coding
    rules code a country named as a state with no sector, as the actors list does."""
    for participant in (p for event in events for p in (*event.actors, *event.recipients)):
        if participant.sector in STATE_ACTING and reader.stands_for_state(participant):
            participant.sector = None


def event_context(code: EventCode, head: Token) -> list[str]:
    """The crosswalk's context, plus "military" when the event's arguments are military."""
    context = list(code.context)
    if "military" not in context and argument_words(head) & MILITARY_WORDS:
        context.append("military")
    return context
