"""The country of a title standing for a person: a country in the title or its "of" phrase
("the Kenyan president", "the president of Kenya"), else a state or province named there
("the Ohio attorney general", "the attorney general of the state of New York"), whose
office serves that country, in an article whose home would not say it; else the town a town's
office names ("the Boston mayor")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.actors.phrases import find_country, find_province_country, of_phrase
from eventwire.actors.town_offices import town_office_country
from eventwire.model import Code


def title_country(doc: Doc, phrase: Span, role: tuple[Code, Code] | None) -> Code | None:
    """The first country the title's words, then its "of" phrase, name; then a province;
    then the town of a town office (`role`: the title's, as `phrases.find_role` read it)."""
    owned = of_phrase(phrase)
    return (
        find_country(doc, list(phrase))
        or find_country(doc, owned)
        or find_province_country(doc, list(phrase))
        or find_province_country(doc, owned)
        or town_office_country(role, [*phrase, *owned])
    )
