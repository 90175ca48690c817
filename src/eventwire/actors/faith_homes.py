"""The state of a faith's followers when the text names one: "American Muslims", "Iraqi
Christians", "Muslims in America" live in and belong to that state, as a group of its people
does; bare "Muslims" belong to none (`actors.coding` gives them no home country)."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.country_modifiers import country_modifier, located_country
from eventwire.actors.phrases import code
from eventwire.model import Code


def faith_country(followers: Span) -> Code | None:
    """The country of a demonym before the faith's noun, else of a place right after it."""
    found = country_modifier(followers[0])
    if found is not None and found[1] < followers.end:
        named = followers.doc[followers.start : found[1]]
        return code(followers.doc, found[0].iso3, named.start_char, named.end_char)
    return located_country(followers)
