"""The host of a visit: the state whose soil the traveller goes to, never the traveller's own.

CAMEO codes a visit (042, CONSULT) as aimed at its host. A trip's own destination says who hosts
it ("flew to Brazil", "her visit to Kenya"); what the trip is for ("to demonstrate American
support") names no host, so once a destination is told nothing else is. A trip to a world region
("headed to East Africa") is aimed at the countries of that region the article names (the
bombed Kenya and Tanzania), read from the geocoded places that lie near the region's centre.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import country_display_name
from eventwire.events.cameo_codes import VISIT
from eventwire.events.participant_sets import other_sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.travel import DESTINATION_PREPS, departure_places
from eventwire.geo import km_between
from eventwire.model import Participant, Place

REGION = "region"
REGION_RADIUS_KM = 2000.0  # a region's countries lie within this of its centre point


def visit_hosts(
    reader: RoleReader, head: Token, cameo: str, places: list[Place], actors: list[Participant]
) -> list[Participant] | None:
    """The hosts of a visit with a destination told, other than the travellers' own side; None
    where the event is no visit or names no place it goes to (its roles stay as read)."""
    destinations = pobjs(head, DESTINATION_PREPS) + departure_places(head) if cameo == VISIT else []
    regions = [r for t in destinations if (r := _region(t, places)) is not None]
    hosts = [p for t in destinations for p in reader.phrase(t) if p.country]
    hosts += [p for r in regions for p in _region_countries(r, places)]
    if not hosts and not regions:
        return None
    own = {p.country for p in actors}
    return other_sides(actors, unique([p for p in hosts if p.country not in own]))


def _region(token: Token, places: list[Place]) -> Place | None:
    """The geocoded world region a destination names ("East Africa"), if it names one."""
    return next((p for p in places if _covers(p, token) and p.feature == REGION), None)


def _region_countries(region: Place, places: list[Place]) -> list[Participant]:
    """The countries named in the article near a world region, one each, told by the words
    of their first place."""
    if region.lat is None or region.lon is None:
        return []
    found: dict[str, Participant] = {}
    for place in places:
        if place.country and place.country not in found and _near(place, region):
            found[place.country] = Participant(
                name=country_display_name(place.country),
                country=place.country,
                mention=place.evidence,
            )
    return list(found.values())


def _covers(place: Place, token: Token) -> bool:
    return place.evidence.start <= token.idx < place.evidence.end


def _near(place: Place, region: Place) -> bool:
    if place.lat is None or place.lon is None:
        return False
    distance = km_between(place.lat, place.lon, region.lat or 0.0, region.lon or 0.0)
    return distance <= REGION_RADIUS_KM
