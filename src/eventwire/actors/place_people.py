"""Places NER tags as people: "both candidates visited Wilmington", "Sanders wins R.I.", "the
Keystone pipeline". The small model reads a capitalised word it does not know as a person; the
gazetteers know the name as a town, a state or a capital. Such a name is no person when nothing
else makes it one: no title or nationality beside it, no person the article names in full with
it as surname, no person of the known-actor table of that name or surname, and no given name
("Allen", "Clinton" may be either)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from eventwire.actors.name_checks import ends_a_full_name
from eventwire.actors.org_places import place_country
from eventwire.actors.outlets import known_person_names
from eventwire.given_names import gender_of_given_name


def place_read_as_person(span: Span) -> bool:
    """Whether a name with no title or country of its own is a place, not a person."""
    if span.text in known_person_names() or ends_a_full_name(span[-1]):
        return False
    if span[-1].text in known_surnames():  # "Obama" is a town in Japan too
        return False
    if gender_of_given_name(span[0].text) is not None:
        return False
    return place_country(span.text) is not None


@cache
def known_surnames() -> frozenset[str]:
    """The last words of the known-actor table's people ("Obama", "Kennedy")."""
    return frozenset(name.split()[-1] for name in known_person_names())
