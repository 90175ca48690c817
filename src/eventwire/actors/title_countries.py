"""The country of a title standing for a person: a country in the title or its "of" phrase
("the Kenyan president", "the president of Kenya"), else a state or province named there
("the Ohio attorney general", "the attorney general of the state of New York"), whose
office serves that country, in an article whose home would not say it; else the town a town's
office names ("the Boston mayor"). An IGO's office "for" a state ("the UN envoy for Syria")
serves the IGO: the state is its host."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.actors.appositive_windows import of_phrase
from eventwire.actors.appositives import names_igo
from eventwire.actors.phrases import find_country, find_province_country
from eventwire.actors.town_offices import town_office_country
from eventwire.model import Code


def title_country(doc: Doc, phrase: Span, role: tuple[Code, Code] | None) -> Code | None:
    """The first country the title's words, then its "of" phrase, name; then a province;
    then the town of a town office (`role`: the title's, as `phrases.find_role` read it)."""
    owned = [] if _igo_posted_for(phrase) else of_phrase(phrase)
    return (
        find_country(doc, list(phrase))
        or find_country(doc, owned)
        or find_province_country(doc, list(phrase))
        or find_province_country(doc, owned)
        or town_office_country(role, [*phrase, *owned])
    )


def _igo_posted_for(phrase: Span) -> bool:
    """Whether the title names an IGO and a "for" phrase follows: "the UN envoy for Syria"."""
    doc = phrase.doc
    posted = phrase.end < len(doc) and doc[phrase.end].lower_ == "for"
    return posted and names_igo(doc, phrase.start, phrase.end)
