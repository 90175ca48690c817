"""Place names NER swallowed into a time: "rebels shelled Aleppo overnight" is tagged TIME
from "Aleppo" on, which would hide the city from the gazetteer. Such an entity blocks only
from its first word that is no capitalised place name (month and day names stay times), when
a lower-case time word follows the name."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.lexicons import calendar_names
from eventwire.parse.nlp import TIME_ENTITIES
from eventwire.places.place_name_checks import strong

CALENDAR_NAMES = {form for names in calendar_names("month", "weekday") for form in names}


def time_start(entity: Span) -> int:
    """Where the entity's own words start: after the place names the gazetteer knows well
    (`place_name_checks.strong`), for a time."""
    start = entity.start
    if entity.label_ in TIME_ENTITIES:
        while start < entity.end - 1 and _place_word(entity.doc[start].text):
            start += 1
    word = entity.doc[start]
    timed = word.is_alpha and word.is_lower  # "West 23rd Street": an address, not a time
    return word.idx if timed else entity.start_char


def _place_word(word: str) -> bool:
    return word[:1].isupper() and word not in CALENDAR_NAMES and strong(word)
