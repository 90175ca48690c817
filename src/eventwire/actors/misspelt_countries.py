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
ARGUMENT_DEPS = {"poss", "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"}


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


def misspelt_country_argument(token: Token) -> CountryName | None:
    """A country written with two letters swapped standing as a noun of its own ("Hunragy's
    admission"), not modifying a group (`country_modifiers` reads those). A word one letter
    off a country is too often a name ("Georgina") to be read as one here."""
    word = token.text
    if not token.is_title or len(word) < MIN_COUNTRY or token.ent_type_ == "PERSON":
        return None
    return _swapped(word) if token.dep_ in ARGUMENT_DEPS else None


@lru_cache(maxsize=4096)  # the same capitalised words recur, and each test scans every name
def _misspelt(word: str) -> CountryName | None:
    if country_of(word) is not None or word in province_countries() or word in capital_countries():
        return None  # a place of its own ("Granada" is no misspelt Grenada)
    near = (pair for size in (-1, 0, 1) for pair in _names_of_length().get(len(word) + size, ()))
    found = {country for name, country in near if one_letter_off(word, name)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=1)
def _names_of_length() -> dict[int, tuple[tuple[str, CountryName], ...]]:
    """`_one_word_names` by length: one letter off is at most one letter longer or shorter,
    so each word is compared with those names only."""
    lengths: dict[int, list[tuple[str, CountryName]]] = {}
    for name, country in _one_word_names():
        lengths.setdefault(len(name), []).append((name, country))
    return {size: tuple(names) for size, names in lengths.items()}


@lru_cache(maxsize=4096)
def _swapped(word: str) -> CountryName | None:
    """The country whose name the word writes with two of its letters swapped."""
    if country_of(word) is not None or word in province_countries() or word in capital_countries():
        return None
    same_length = _names_of_length().get(len(word), ())  # a swap keeps the length
    found = {country for name, country in same_length if letters_swapped(word, name)}
    return found.pop() if len(found) == 1 else None


def letters_swapped(written: str, known: str) -> bool:
    """ "Hunragy" for "Hungary": the same letters, two of them in each other's place."""
    if len(written) != len(known) or written[0] != known[0]:
        return False
    differ = [i for i, (a, b) in enumerate(zip(written, known, strict=True)) if a != b]
    if len(differ) != 2:
        return False
    first, second = differ
    return written[first] == known[second] and written[second] == known[first]
