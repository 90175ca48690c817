"""An organisation named for a state, province or capital ("University of Ottawa", "British
Columbia Liberal Party", "Business Council of British Columbia") belongs to that place's
country, as readers take it; the article's home country is only a default for bodies named
bare. A division of the home country itself ("Georgia Southern University" in a US story) or
a place two countries share a name for changes nothing, and towns are left out: too many share
a name with a town abroad ("Burlington Free Press"). A one-word division or capital counts only
after "of": many are also common words ("West", "Delta", "Bay" are divisions somewhere)."""

from __future__ import annotations

import re

from eventwire.actors.scenes import coded_by_home
from eventwire.codes import capital_countries, division_countries, province_countries
from eventwire.model import Actor, ActorType, Code, Evidence, Mention, MentionKind

NAMED_PLACE = "named place"
WORD = re.compile(r"\S+")


def code_at_named_places(actors: list[Actor], mentions: list[Mention]) -> None:
    """Organisations with no country, or coded only by the home default, whose name holds
    a place of another country ("University of Nairobi" in a story with no dateline)."""
    names: dict[str, list[Evidence]] = {}
    for mention in mentions:
        if mention.kind == MentionKind.NAME:
            names.setdefault(mention.actor_id, []).append(mention.evidence)
    for actor in actors:
        uncoded = actor.type == ActorType.ORGANIZATION and actor.country is None
        if not uncoded and not coded_by_home(actor, {ActorType.ORGANIZATION}):
            continue
        home = actor.country_code
        found = next(
            filter(None, (_place_in(name, home) for name in names.get(actor.id, []))), None
        )
        if found is not None:
            actor.country = found


def _place_in(name: Evidence, home: str | None) -> Code | None:
    """The longest run of the name's words that is a state or province of another country (one
    word only after "of"), or a capital after "of", with the words as evidence; none when the
    longest place the name holds is the home country's own ("West Virginia University")."""
    words = list(WORD.finditer(name.text))
    for size in range(len(words), 0, -1):
        for first in range(len(words) - size + 1):
            start, end = words[first].start(), words[first + size - 1].end()
            place = name.text[start:end]
            if home in division_countries().get(place, frozenset()):
                return None
            after_of = first > 0 and words[first - 1].group() == "of"
            iso3 = _place_country(place, after_of or size > 1, after_of)
            if iso3 is not None and iso3 != home:
                evidence = Evidence(start=name.start + start, end=name.start + end, text=place)
                return Code(value=iso3, evidence=evidence, method=NAMED_PLACE)
    return None


def _place_country(place: str, division_ok: bool, capital_ok: bool) -> str | None:
    division = province_countries().get(place) if division_ok else None
    return division or (capital_countries().get(place) if capital_ok else None)
