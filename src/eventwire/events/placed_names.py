"""A party named by a town's name is of that town's country.

"Rebels seized control of Goma", "Kismayo's elders met the envoy": the parser may read a town
as a person or an organisation, and the actors stage then has no country for it; the places
stage geocoded the very words, so its country is known. A party that has a country keeps it.
"""

from __future__ import annotations

from eventwire.model import Participant, Place


def with_place_countries(parties: list[Participant], places: list[Place]) -> list[Participant]:
    """The parties, each one with no country that a geocoded place's words cover taking that
    place's country."""
    return [_placed(party, places) for party in parties]


def _placed(party: Participant, places: list[Place]) -> Participant:
    if party.country is not None:
        return party
    start, end = party.mention.start, party.mention.end
    for place in places:
        covered = place.evidence.start <= start and end <= place.evidence.end
        if covered and place.country:
            return party.model_copy(update={"country": place.country})
    return party
