"""Country names misspelt by one letter before a group ("the Phillippines military"): wire
copy misspells long names as it does surnames, and a country's group keeps its country."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from eventwire.actors.spelling import one_letter_off
from eventwire.codes import (
    CountryName,
    capital_countries,
    country_lexicon,
    country_of,
    province_countries,
)

MIN_COUNTRY = 7  # shorter names one letter off are other words ("Mali"/"Bali", "Chad"/"Chas")
NOT_COUNTRY_ENTITIES = {"PERSON", "ORG", "FAC"}


@lru_cache(maxsize=1)
def _one_word_names() -> tuple[tuple[str, CountryName], ...]:
    """Countries' one-word names (not demonyms) long enough to be told apart."""
    return tuple(
        (name, country)
        for name, country in country_lexicon().items()
        if not country.is_demonym and name.isalpha() and len(name) >= MIN_COUNTRY
    )


def misspelt_country(token: Token) -> CountryName | None:
    """The country whose one-word name the token misspells by one letter, if one does."""
    word = token.text
    if not token.is_title or len(word) < MIN_COUNTRY or token.ent_type_ in NOT_COUNTRY_ENTITIES:
        return None
    return _misspelt(word)


@lru_cache(maxsize=4096)  # the same capitalised words recur, and each test scans every name
def _misspelt(word: str) -> CountryName | None:
    if country_of(word) is not None or word in province_countries() or word in capital_countries():
        return None  # a place of its own ("Granada" is no misspelt Grenada)
    found = {country for name, country in _one_word_names() if one_letter_off(word, name)}
    return found.pop() if len(found) == 1 else None
