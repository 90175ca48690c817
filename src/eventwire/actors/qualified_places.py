"""A town written with its state or country after a comma: "police in Paris, Texas",
"officials in Springfield, Ill.". Readers take the qualifier's country, not that of the
capital or better-known town of the same name; the group's place is the whole phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.codes import country_of
from eventwire.parse.nlp import AREA_ENTITIES, entity_at
from eventwire.place_codes import written_division_country


def qualified_place(place: Span, own: str | None) -> tuple[str | None, Span]:
    """The country of a town and the span naming it, with the state or country written
    after it when there is one; `own` is the country the town's name alone gives."""
    doc = place.doc
    if place.end + 1 >= len(doc) or doc[place.end].text != "," or _nation(place.text):
        return own, place  # "in Kenya, Uganda and Tanzania" lists countries
    qualifier = _name_at(doc, place.end + 1)
    country = _division_country(qualifier.text) if qualifier is not None else None
    if qualifier is None or country is None or _listed_states(place, qualifier):
        return own, place
    whole = doc[place.start : qualifier.end]
    # "Tbilisi, Georgia": the town's own country stands when the qualifier confirms it
    confirms = {written_division_country(qualifier.text), _nation(qualifier.text)}
    return (own if own is not None and own in confirms else country), whole


def _listed_states(place: Span, qualifier: Span) -> bool:
    """ "in Texas, Ohio and Iowa": states of one country listed rather than qualified."""
    state = written_division_country(qualifier.text)
    return state is not None and written_division_country(place.text) == state


def _division_country(name: str) -> str | None:
    """A state or province (its own name or a written abbreviation), else a country."""
    return written_division_country(name) or _nation(name)


def _nation(name: str) -> str | None:
    country = country_of(name)
    return country.iso3 if country is not None and not country.is_demonym else None


def _name_at(doc: Doc, start: int) -> Span | None:
    """The place name NER found starting at `start`."""
    entity = entity_at(doc[start])
    if entity is None or entity.start != start or entity.label_ not in AREA_ENTITIES:
        return None
    return entity
