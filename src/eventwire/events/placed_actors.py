"""The country of an actor that no words of the actors stage gave one, from a place its own
mentions name: "an off-duty Brevard County deputy sheriff", "the Maricopa County attorney".

Local officials and bodies are named by their county, city or state, places the country
lexicon does not know but the places stage resolves; such a place inside the actor's own
mention says where the actor serves, so its country is the actor's (an event needs its doer's
country; without it the doer of "was shot by a Brevard County deputy" has none).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from eventwire.model import Mention, Place

COUNTRY = "country"  # the places stage's feature for a state


def placed_countries(mentions: list[Mention], places: list[Place]) -> dict[str, str]:
    """Actor id → the one country of the resolved places that modify that actor's mentions,
    inside them before their last word ("Rep. Jim Jordan" is no place's person), or that are
    the whole mention ("Rebels seized Goma": the parser read the town as a person)."""
    found: dict[str, set[str]] = {}
    ordered = sorted(places, key=lambda p: p.evidence.start)
    starts = [place.evidence.start for place in ordered]
    for mention in mentions:
        start, end = mention.evidence.start, mention.evidence.end
        # only places that start within the mention can be inside it or all of it
        for place in ordered[bisect_left(starts, start) : bisect_right(starts, end)]:
            inside = start <= place.evidence.start and place.evidence.end < end
            whole = (place.evidence.start, place.evidence.end) == (start, end)
            inside = inside or (whole and place.feature != COUNTRY)  # a country's name is
            # the actors stage's to read: "Jordan said" after "Rep. Jim Jordan" is the person
            if inside and place.country:
                found.setdefault(mention.actor_id, set()).add(place.country)
    return {actor: countries.pop() for actor, countries in found.items() if len(countries) == 1}
