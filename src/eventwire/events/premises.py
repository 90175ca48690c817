"""Victims named only by their premises: "a car bomb attack outside the U.S. embassy".

Event coders code an attack that names no victim, but happens at an institution's premises
(an embassy, a consulate, a ministry, a party's offices), as aimed at the institution: the
building stands for whoever it houses. A town or a country named as the place stays a place
(`act_places.location_targets` reads those, and only for acts by a named actor). An attack or raid
by one state's forces or rebels that names no victim and no place abroad is, by CAMEO's
domestic convention, aimed at that state's own people ("an offensive by the security forces
against villages", "police raided two homes"); an attack told with nothing it is done to
("said Russian troops had fired first") is told of no one, and no victim is guessed; nor is
one guessed for an arrest or a shooting of unknown culprits ("suspects were arrested", "police
shot the gunman"): unknown perpetrators leave the side empty, as coders leave it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import IGO_COUNTRY, country_display_name
from eventwire.events.participant_sets import unique
from eventwire.events.participants import RoleReader
from eventwire.lexicons import word_set, words
from eventwire.model import LED_BY, ActorType, Mention, Participant
from eventwire.parse.arguments import patients
from eventwire.sectors import CIVILIANS

# "at the embassy", "outside the consulate", "ripped through a building next to the embassy"
PREMISES_PREPS = {"at", "outside", "near", "inside", "through", "into", "in", "beside", "by"}
FORCES = word_set("armed_sector")  # armed bodies: soldiers, police, rebels (PLOVER sectors)
CLAUSES = {"relcl", "acl", "ccomp", "advcl", "xcomp", "parataxis", "conj"}
CULPRITS = words("event_words.tsv", "wanted")  # suspects, gunmen: people police seek for a crime


def premises_owners(reader: RoleReader, heads: list[Token]) -> list[Participant]:
    """Institutions whose premises the heads' place phrases name, nested phrases included
    ("killed in a car bomb attack outside the U.S. embassy")."""
    found = [
        reader.participant(mention)
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in PREMISES_PREPS
        for token in _phrase(prep)
        if (mention := reader.mention_at(token)) is not None and _institution(reader, mention)
    ]
    return unique(found)


def _phrase(token: Token) -> list[Token]:
    """A phrase's words without the clauses it embeds (their places are their own)."""
    words = [token]
    for child in token.children:
        if child.dep_ not in CLAUSES:
            words.extend(_phrase(child))
    return words


def _institution(reader: RoleReader, mention: Mention) -> bool:
    """An organisation with a country, or a state body the text names ("U.S. embassies")."""
    actor = reader.actors[mention.actor_id]
    if actor.country is None or actor.country.value == IGO_COUNTRY:
        return False
    sector = actor.sector_code
    if actor.type == ActorType.ORGANIZATION:
        return True
    state = actor.type == ActorType.GROUP and sector in word_set("state_sector")
    return state and reader.named(actor.id)


def own_people(reader: RoleReader, actors: list[Participant]) -> list[Participant]:
    """The people of the one state whose forces (army, police, rebels) act, as the target of
    an act naming none; a politician's "fight" or a state's invasion is no such act, nor is
    a coalition's ("the Saudi-led forces bombed a port"): a state leads allies abroad."""
    countries = {p.country for p in actors}
    forces = all(p.sector in FORCES and not _led(reader, p) for p in actors)
    if not forces or len(countries) != 1 or None in countries or IGO_COUNTRY in countries:
        return []
    country = countries.pop()
    assert country is not None  # for the type checker: None was ruled out above
    return [
        Participant(
            name=people_of(country), country=country, sector=CIVILIANS, mention=actors[0].mention
        )
    ]


def done_to_nothing(verb: Token) -> bool:
    """An act verb with no object, no prepositional phrase and no passive patient
    ("had attacked first"): nothing says that anyone was hit."""
    return verb.pos_ == "VERB" and not any(
        c.dep_ in {"dobj", "prep", "nsubjpass", "dative", "advcl", "conj"} for c in verb.children
    )


def done_to_culprits(reader: RoleReader, verb: Token) -> bool:
    """ "suspects had been arrested", "police shot the gunman": an act whose every patient is
    an unknown culprit the text names no actor for is done to no known people."""
    done_to = patients(verb)
    return bool(done_to) and all(_culprit(reader, noun) for noun in done_to)


def _culprit(reader: RoleReader, noun: Token) -> bool:
    """An unknown culprit: a word for people police seek ("suspects", "the gunman") that the
    reader resolves to no named party's phrase."""
    return noun.lower_ in CULPRITS and not reader.phrase(noun)


def people_of(country: str) -> str:
    """The name of a state's people as a target ("people of Kenya")."""
    return f"people of {country_display_name(country)}"


def _led(reader: RoleReader, side: Participant) -> bool:
    """A force whose country is the state leading it (`actors.compound_groups`)."""
    actor = reader.actor_of(side)
    return actor is not None and actor.country is not None and actor.country.method == LED_BY


def country_told(reader: RoleReader, participant: Participant) -> bool:
    """Whether the text tells the participant's country ("Kenyan teachers"), not only the
    article's guess for a group ("the crowd"), which makes no one its own people."""
    return participant.actor_id is None or reader.named(participant.actor_id)
