"""Country, sector and role codes for surface words.

Country names, alternative spellings and demonyms come from pycountry and countryinfo (maintained
packages); `lexicons/country_aliases.tsv` adds only everyday forms they lack ("U.S.", "Britain").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import countryinfo
import pycountry
from unidecode import unidecode

from eventwire.known_names import known_actor_names
from eventwire.lexicons import read_table, word_set
from eventwire.outgrown_divisions import outgrown
from eventwire.states_then import historical_names

IGO_COUNTRY = "IGO"  # the country the tables give a body of many states, which acts for no one


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
    lexicon.update(_sense_phrases())
    for form, name in list(lexicon.items()):  # "Cote d'Ivoire": wire copy drops the accents
        lexicon.setdefault(unidecode(form), name)
    for word in word_set("not_country_spelling"):  # English words and names: "Reunion"
        lexicon.pop(word, None)
    return lexicon


def _sense_phrases() -> dict[str, CountryName]:
    """ "Oneida Indian Nation", "the Bureau of Indian Affairs", "American Indians": a demonym
    inside these phrases means another people (`country_senses.tsv`); the longest match wins,
    so the phrase's country replaces the demonym's. Each phrase is read as written, with its
    words capitalised (in a name) and in the plural."""
    phrases: dict[str, CountryName] = {}
    for phrase, iso3, *_sector in read_table("country_senses.tsv"):
        capitalised = " ".join(word[:1].upper() + word[1:] for word in phrase.split())
        for form in (phrase, capitalised):
            phrases[form] = phrases[form + "s"] = CountryName(iso3, True)
    return phrases


@cache
def sense_body_sectors() -> dict[str, str]:
    """Lower-case phrases of `country_senses.tsv` that name a body ("indian nation") → the
    sector of an organisation whose name ends with one (a tribal government is GOV)."""
    return {row[0].lower(): row[2] for row in read_table("country_senses.tsv") if len(row) > 2}


@lru_cache(maxsize=1 << 16)
def country_of(surface: str) -> CountryName | None:
    """The country a name or demonym refers to ("Belarusian" → BLR), else None; kept per
    surface, since the stages ask it of the same words over and over (70,000 times in 100
    articles), and the tables it reads never change in a run."""
    lexicon = country_lexicon()
    surface = surface.strip()
    if not surface or surface in word_set("time_zone"):  # "9 p.m. EST" is no Estonia
        return None
    found = lexicon.get(surface) or lexicon.get(surface.removesuffix("'s").removesuffix("’s"))
    return found or _hyphenated_american(surface)


def is_demonym(surface: str) -> bool:
    """ "Ukrainian", "Cuban": a word for a country's people or things, not its name."""
    country = country_of(surface)
    return country is not None and country.is_demonym


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
    """Capital city → ISO3, from countryinfo (a maintained package), and under the older names
    of lexicons/place_aliases.tsv that wire copy of its day writes ("Kiev said")."""
    capitals = {}
    for country in countryinfo.all_countries():
        info = country.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        capital = info.get("capital")
        if iso3 and isinstance(capital, str) and capital:
            capitals.setdefault(capital, iso3)
            capitals.setdefault(capital.removesuffix(" D.C."), iso3)  # "Washington"
            capitals.setdefault(unidecode(capital), iso3)  # "Yaounde", "Bogota"
    for alias, name in read_table("place_aliases.tsv"):  # "Kiev", "Peking": older names news writes
        if name in capitals:
            capitals.setdefault(alias, capitals[name])
    return capitals


@cache
def province_countries() -> dict[str, str]:
    """First-level division ("Sindh", "Quebec", "Aceh") → ISO3 of its country, from pycountry's
    ISO 3166-2 table; a name two countries share ("Punjab") is left out, and so is a small
    country's division named like a far bigger town elsewhere ("Charlotte")."""
    shared = division_countries()
    sole = {name: next(iter(found)) for name, found in shared.items() if len(found) == 1}
    return {name: iso3 for name, iso3 in sole.items() if not outgrown(name, iso3)}


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


@cache
def territory_divisions() -> frozenset[str]:
    """Divisions that are the land of the country so named, listed by ISO under the country's
    own code too ("Puerto Rico" is US-PR and PR, "Aruba" NL-AW and AW), unlike a namesake
    ("Georgia" is US-GA and GE, two places)."""
    names = set()
    for division in pycountry.subdivisions:
        named = country_of(division.name)
        own = pycountry.countries.get(alpha_2=division.code.split("-")[-1])
        if named is not None and own is not None and named.iso3 == own.alpha_3:
            names.add(division.name)
    return frozenset(names)


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
    return noun_sectors("groups.tsv")


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
        org = KnownOrganization(name, None if country == IGO_COUNTRY else country, sector)
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


def noun_sectors(name: str) -> dict[tuple[str, ...], str]:
    """A noun-phrase table's rows as lower-case word tuples → sector."""
    return {tuple(noun.split()): sector for noun, sector in read_table(name)}


@cache
def domestic_institutions() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """The institutions every state has (domestic_institutions.tsv): name, aliases, sector."""
    return tuple(
        (name, tuple(filter(None, aliases.split("|"))), sector)
        for name, aliases, sector in read_table("domestic_institutions.tsv")
    )
