"""Victims placed by the act they suffer: "Hundreds of protesters were arrested in Tbilisi",
"five students were killed in Lagos", "the students who were shot in Lagos". A passive with no
doer names its patients only as a group; a group whose country no word of its own tells ("75
people were killed") is no one, but when the act happens in a geocoded place of one country,
the group is that place's people (as `placed_people` reads a doer group), and so the act's
target."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import coordinated, pobjs
from eventwire.events.placed_people import PLACE_PREPS, unplaced_group
from eventwire.events.targets_placed import country_at
from eventwire.events.verb_subjects import relative_head
from eventwire.model import Participant, Place


def placed_patients(reader: RoleReader, head: Token, places: list[Place]) -> list[Participant]:
    """The passive's unplaced group patients, as people of the one country the act happens in."""
    if not is_passive(head) or agents(head):
        return []
    sites = [t for p in pobjs(head, PLACE_PREPS) for t in coordinated(p)]  # "in Lagos and Accra"
    countries = {country_at(places, t.idx) for t in sites}
    if len(countries) != 1 or None in countries:
        return []
    (country,) = countries
    subjects = [relative_head(c) for c in head.children if c.dep_ == "nsubjpass"]  # "who were"
    found = [
        p for s in subjects for p in reader.phrase(s) if unplaced_group(reader, p, countryless=True)
    ]
    return [p.model_copy(update={"country": country}) for p in found]
