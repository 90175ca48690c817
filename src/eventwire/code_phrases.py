"""Longest-match lookups of the code tables' phrases (titles, groups, country names) over
runs of words or tokens, for the finders that read them in text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from spacy.tokens import Token

from eventwire.codes import (
    CountryName,
    Role,
    country_lexicon,
    country_of,
    domestic_institutions,
    group_lexicon,
    noun_sectors,
    role_lexicon,
)
from eventwire.lexicons import PhraseLookup

V = TypeVar("V")  # what a phrase table maps its phrases to
MAX_ROLE_WORDS = 5
MAX_GROUP_WORDS = 3
MAX_COUNTRY_TOKENS = 6  # "Democratic People's Republic of Korea"


@cache
def role_phrases() -> PhraseLookup[str, Role]:
    """Title phrases in lower-case words ("defense minister" over "minister")."""
    lexicon = role_lexicon()
    return phrase_lookup(lexicon, MAX_ROLE_WORDS)


@cache
def group_phrases() -> PhraseLookup[str, str]:
    """Collective noun phrases in lower-case words → sector."""
    lexicon = group_lexicon()
    return phrase_lookup(lexicon, MAX_GROUP_WORDS)


@cache
def qualified_group_phrases() -> PhraseLookup[str, str]:
    """Collective noun phrases that follow a country modifier → sector: those of groups.tsv
    and those that name a group only when a country says whose (qualified_groups.tsv:
    "Canadian lawyers" acts for Canada's bar, a family's lawyers for no one)."""
    lexicon = group_lexicon() | _institution_lexicon() | noun_sectors("qualified_groups.tsv")
    return phrase_lookup(lexicon, MAX_GROUP_WORDS)


@cache
def party_group_phrases() -> PhraseLookup[str, str]:
    """People nouns that name a group after a party's word ("Democratic politicians",
    "Republican rivals") → sector: those of qualified_groups.tsv, which a party qualifies as a
    country does, and those of party_people.tsv, which only a party does."""
    lexicon = noun_sectors("qualified_groups.tsv") | noun_sectors("party_people.tsv")
    return phrase_lookup(lexicon, MAX_GROUP_WORDS)


@cache
def acting_group_phrases() -> PhraseLookup[str, str]:
    """People-group nouns that name an actor only as a party to an act (acting_groups.tsv:
    "donors pressed …") → sector."""
    lexicon = noun_sectors("acting_groups.tsv")
    return phrase_lookup(lexicon, MAX_GROUP_WORDS)


def phrase_lookup(lexicon: dict[tuple[str, ...], V], max_words: int) -> PhraseLookup[str, V]:
    """The longest-match lookup over a table keyed by lower-case word tuples."""
    return PhraseLookup(lambda words: lexicon.get(tuple(words)), max_words, _starts(lexicon))


def _institution_lexicon() -> dict[tuple[str, ...], str]:
    """The institutions every state has, in lower-case words → sector: after a country word
    they are that state's ("the Egyptian presidency", "Greece's central bank", "the Kenyan
    coast guard")."""
    return {
        tuple(form.lower().split()): sector
        for name, aliases, sector in domestic_institutions()
        for form in (name, *aliases)
    }


def _starts(lexicon: dict[tuple[str, ...], object]) -> frozenset[str]:
    """The words phrases of a lexicon begin with."""
    return frozenset(words[0] for words in lexicon)


def surface(tokens: Sequence[Token]) -> str:
    """The text a run of adjacent tokens covers, as written (spacing kept)."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _country_may_begin() -> Callable[[Token], bool]:
    """Whether a country name or demonym can start at a token: only at one its text begins
    (or at whitespace, which the lookup strips); elsewhere the lookup answers None at once
    instead of joining and looking up the surface of every length (the actors stage tries
    every capitalised token)."""
    forms = sorted(_possessive_forms(country_lexicon()))

    def may_begin(token: Token) -> bool:
        text = token.text
        if text != text.lstrip():
            return True
        position = bisect_left(forms, text)
        return position < len(forms) and forms[position].startswith(text)

    return may_begin


def _possessive_forms(lexicon: dict[str, CountryName]) -> set[str]:
    """Every surface `country_of` takes: the forms, and each with "'s" or "’s" (it strips one
    of each)."""
    return {form + ending for form in lexicon for ending in ("", "'s", "’s", "’s's")}


@cache
def country_phrases() -> PhraseLookup[Token, CountryName]:
    """Country names and demonyms over tokens, matched on their surface text."""
    return PhraseLookup(
        lambda tokens: country_of(surface(tokens)),
        MAX_COUNTRY_TOKENS,
        may_begin=_country_may_begin(),
    )
