"""Known political actors: who a bare name ("Obama", "the FBI") is, on the article's date.

eventwire's own table (lexicons/known_actors.tsv, one row per role period, plus the
organisations in organizations.tsv) answers by default; a user's CAMEO/PETRARCH dictionaries,
read by `eventwire.actors.petrarch`, are laid over it and win where they name the same actor.
Unqualified national institutions ("the Justice Department", "parliament") come from
lexicons/domestic_institutions.tsv and take the country the caller says is home (dateline or
outlet).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

from eventwire.actors.entry import KnownActor
from eventwire.actors.known_rows import builtin_rows, institution_rows
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.name_forms import given_fits, spelling_of, surname
from eventwire.actors.namesake_countries import shared_codes
from eventwire.actors.spelling import one_letter_off
from eventwire.codes import country_of
from eventwire.given_names import gender_of_given_name
from eventwire.lexicons import word_set
from eventwire.model import ActorType

Key = tuple[str, ...]

TABLE = "known actors"  # the `method` of a code taken from this table
_POSSESSIVE = re.compile(r"['’]s\b")
_DROPPED = re.compile(r"[.'’]")
_BRITISH_SUFFIX = re.compile(r"isation(?=s?$)")  # "organisation(s)"
_SEPARATORS = re.compile(r"[\W_]+")


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> Key:
    """Case-, accent- and punctuation-free tokens of a name, without a leading "the".

    "U.N." and "UN", "al-Qaeda" and "Al Qaeda", "Obama's" and "Obama", "World Health
    Organisation" and "… Organization" (British and American spelling) share a key.
    """
    text = name
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.casefold()
    text = _DROPPED.sub("", _POSSESSIVE.sub("", text))
    tokens = tuple(
        _BRITISH_SUFFIX.sub("ization", token) for token in _SEPARATORS.split(text) if token
    )
    return tokens[1:] if tokens[:1] == ("the",) and len(tokens) > 1 else tokens


@dataclass
class _Index:
    """Rows by identity (the key of an actor's name), and identities by every name key."""

    rows: dict[Key, list[KnownActor]] = field(default_factory=lambda: defaultdict(list))
    keys: dict[Key, set[Key]] = field(default_factory=lambda: defaultdict(set))

    def add(self, row: KnownActor) -> None:
        identity = name_key(row.name)
        if not identity:
            return
        self.rows[identity].append(row)
        for form in (row.name, *row.aliases):
            if key := name_key(form):
                self.keys[key].add(identity)

    def overlay(self, user: _Index) -> None:
        """Lay a user's index over this one: an actor the user names replaces the built-in one.

        A built-in actor goes when its name is any of the user's names or aliases; a name
        the user gives means the user's actors only.
        """
        replaced = set(user.keys)
        for identity in replaced & self.rows.keys():
            del self.rows[identity]
        for key in list(self.keys):
            self.keys[key] -= replaced
            if key in replaced or not self.keys[key]:
                del self.keys[key]
        for key, identities in user.keys.items():
            self.keys[key] = set(identities)
        for identity, rows in user.rows.items():
            self.rows[identity] = list(rows)


def _pick(rows: list[KnownActor], on: date | None) -> tuple[bool, KnownActor]:
    """The row for the date: the latest-starting period holding then, dated over undated.

    With no date, the most recent period. When no period holds, the nearest one, with its
    sector and role cleared for people (someone known only by a former role has no sector).
    """
    if on is None:
        return True, max(rows, key=lambda row: (row.dated, row.start or date.min))
    holding = [row for row in rows if row.holds_on(on)]
    if holding:
        return True, max(holding, key=lambda row: (row.dated, row.start or date.min))
    nearest = min(rows, key=lambda row: row.days_from(on))
    if nearest.type is ActorType.PERSON:
        nearest = replace(nearest, sector=None, role=None)
    return False, nearest


def _tails(tokens: Key) -> Iterable[Key]:
    """The name and its endings, longest first: "Secretary of State John Kerry" → … "John Kerry".

    English names put titles and modifiers before the head, so a known name inside a longer
    one ends it; a known word elsewhere ("Guardian Council") is not the actor.
    """
    for start in range(len(tokens)):
        yield tokens[start:]


class KnownActors:
    """Lookup of known actors by name and date; build it with `KnownActors.load()`."""

    def __init__(
        self,
        rows: Iterable[KnownActor],
        user_rows: Iterable[KnownActor] = (),
        institutions: Iterable[KnownActor] = (),
        errors: Iterable[str] = (),
    ) -> None:
        self._named, self._agents = _Index(), _Index()
        user_named, user_agents = _Index(), _Index()
        for row in rows:
            (self._agents if row.agent else self._named).add(row)
        for row in user_rows:
            (user_agents if row.agent else user_named).add(row)
        self._named.overlay(user_named)
        self._agents.overlay(user_agents)
        self._institutions = {
            name_key(form): row for row in institutions for form in (row.name, *row.aliases)
        }
        self._surnames = _surname_index(self._named)
        self._given_names = _given_name_index(self._named)
        self._by_first_name = _first_name_index(self._surnames)
        self.errors = list(errors)

    @classmethod
    def load(cls, dictionaries: Path | None = None) -> KnownActors:
        """eventwire's tables, with the CAMEO/PETRARCH dictionaries in `dictionaries` over them.

        Unreadable entries in the user's files are kept in `errors`, never raised.
        """
        # Imported here: the reader builds KnownActor rows, so it imports this module.
        from eventwire.actors.petrarch import read_dictionaries

        user_rows, errors = read_dictionaries(dictionaries) if dictionaries else ([], [])
        return cls(builtin_rows(), user_rows, institution_rows(), errors)

    def lookup(
        self, name: str, on: date | None = None, home: str | None = None
    ) -> KnownActor | None:
        """The actor a name means on a date, or None when the tables do not know it.

        An unqualified national institution takes `home`'s country; then the longest full
        name or alias inside `name`; then its last word as a surname when exactly one person
        holding a role that day has it; then the institution with no country; then a role
        noun from the user's agents file.
        """
        tokens = name_key(name)
        if not tokens:
            return None
        institution = self._institutions.get(tokens)
        if institution and home:
            return replace(institution, country=home)
        found = self._longest(self._named, tokens, on) or self._firm(tokens, on)
        found = found or self._without_initials(tokens, on)
        found = found or self._surname(tokens, on, home)
        found = found or institution or self._longest(self._agents, tokens, on)
        return found or self._misspelt(tokens, on)

    def knows_name(self, name: str) -> bool:
        """Whether the name is an actor's full name or alias as the table writes it."""
        return name_key(name) in self._named.rows

    def held_before_only(self, found: KnownActor, sector: str, on: date) -> bool:
        """Whether the person held an office of that sector before `on` and none on it:
        "Secretary Clinton" in 2016 is a courtesy title of a past office, not her role then."""
        rows = self._named.rows.get(name_key(found.name), [])
        past = any(row.sector == sector and row.end is not None and row.end < on for row in rows)
        return past and not any(row.sector == sector and row.holds_on(on) for row in rows)

    def left_before(self, found: KnownActor, on: date) -> list[KnownActor]:
        """The person's rows of offices that ended before `on`."""
        rows = self._named.rows.get(name_key(found.name), [])
        return [row for row in rows if row.end is not None and row.end < on]

    def roles_of(self, found: KnownActor) -> list[str]:
        """Every role the table gives the person or body, in any period."""
        rows = self._named.rows.get(name_key(found.name), [])
        return [row.role for row in rows if row.role]

    def offices_on(self, name: str, on: date) -> list[KnownActor]:
        """Every role the person a name means holds that day ("senator" and "presidential
        candidate" at once), where `lookup` gives the latest only."""
        found = self.lookup(name, on)
        rows = self._named.rows.get(name_key(found.name), []) if found else []
        return [row for row in rows if row.dated and row.holds_on(on)]

    def _firm(self, tokens: Key, on: date | None) -> KnownActor | None:
        """ "McDonald's Corp.", "Goldman, Sachs & Co.": a known firm named with its corporate
        suffix, which the table leaves out; never a person ("Trump Industries")."""
        bare = tokens
        while len(bare) > 1 and bare[-1] in _corporate_suffixes():
            bare = bare[:-1]
        found = self._longest(self._named, bare, on) if bare != tokens else None
        return found if found is not None and found.type is ActorType.ORGANIZATION else None

    def _without_initials(self, tokens: Key, on: date | None) -> KnownActor | None:
        """ "Viktor F. Yanukovych" (a newspaper's style) is the known "Viktor Yanukovych":
        tried only when the name as written is unknown, and only for people."""
        last = len(tokens) - 1
        bare = tuple(t for i, t in enumerate(tokens) if not (0 < i < last and len(t) == 1))
        found = self._longest(self._named, bare, on) if bare != tokens else None
        return found if found is not None and found.type is ActorType.PERSON else None

    def _longest(self, index: _Index, tokens: Key, on: date | None) -> KnownActor | None:
        for start, key in enumerate(_tails(tokens)):
            if identities := index.keys.get(key):
                picks = [_pick(index.rows[identity], on) for identity in identities]
                found = _best(picks, on)
                return None if _of_another_state(tokens[:start], found) else found
        return None

    def _surname(self, tokens: Key, on: date | None, home: str | None) -> KnownActor | None:
        """The one person with the name's last word as surname in a role that day (at home, if
        several); of several, the codes they share. A written given name must be the person's
        own ("Alan Duncan" is not "Kablan Duncan")."""
        people = self._surnames.get(tokens[-1], set())
        if people and len(tokens) > 1 and gender_of_given_name(tokens[0]) is not None:
            people = {p for p in people if given_fits(tokens[0], self._given_names[p])}
        if on is not None:
            people = {person for person in people if self._in_role(person, on)}
        if len(people) > 1 and home:
            people = {
                person
                for person in people
                if _pick(self._named.rows[person], on)[1].country == home
            }
        picked = [_pick(self._named.rows[person], on)[1] for person in sorted(people)]
        if len(picked) != 1:
            return shared_codes(picked) or _sole_governor(picked)
        return picked[0]

    def _misspelt(self, tokens: Key, on: date | None) -> KnownActor | None:
        """The one known person with this first name whose surname is one letter off the
        written one: a full name misspelt ("Francois Mitterand"), never a surname alone."""
        if len(tokens) < 2:
            return None
        namesakes = self._by_first_name.get(tokens[0], [])
        people = {person for name, person in namesakes if one_letter_off(tokens[-1], name)}
        if len(people) != 1:
            return None
        return _pick(self._named.rows[people.pop()], on)[1]

    def _in_role(self, person: Key, on: date) -> bool:
        """Whether a dated row with a sector holds that day (CAMEO's ELI, "elite", is no role)."""
        return any(
            row.dated and row.sector is not None and row.holds_on(on)
            for row in self._named.rows[person]
        )


def _sole_governor(namesakes: list[KnownActor]) -> KnownActor | None:
    """Namesakes of different states: news names a state's office holder by surname alone
    ("Ortega" in 2010 is Nicaragua's president, not Havana's archbishop), so the one of them
    in a state office that day when the others hold none; two office holders (a senator and
    a minister) are not guessed between (namesakes of one state share their codes instead)."""
    holders = [row for row in namesakes if row.sector in word_set("state_sector")]
    return holders[0] if len(holders) == 1 else None


def _of_another_state(prefix: Key, found: KnownActor) -> bool:
    """ "Philippine Department of Agriculture" is no USDA: a country's name or demonym before a
    known organisation's name that names another state than the organisation's."""
    if found.type is not ActorType.ORGANIZATION or not found.country:
        return False
    words = [*prefix, *(" ".join(pair) for pair in pairwise(prefix))]
    states = {country.iso3 for word in words if (country := country_of(word.title()))}
    return bool(states) and found.country not in states


def _best(picks: list[tuple[bool, KnownActor]], on: date | None) -> KnownActor:
    """Among namesakes, one holding a role that day, else the one nearest to it."""

    def rank(pick: tuple[bool, KnownActor]) -> tuple[bool, int, date]:
        holding, row = pick
        distance = row.days_from(on) if on is not None else 0
        return holding, -distance, row.start or date.min

    return max(picks, key=rank)[1]


@cache
def _corporate_suffixes() -> frozenset[str]:
    """Company endings as name keys ("corp." → "corp")."""
    return frozenset(key for word in company_endings() for key in name_key(word))


def _surname_index(index: _Index) -> dict[str, set[Key]]:
    """Surname → the people who have it, in every spelling their names are known by
    ("Gadhafi", "Qaddafi" and "Khadafy" of "Muammar Gaddafi")."""
    surnames: dict[str, set[Key]] = defaultdict(set)
    for key, identities in index.keys.items():
        for identity in identities:
            rows = index.rows[identity]
            if not any(row.type is ActorType.PERSON for row in rows):
                continue
            family_first = any(row.country in word_set("family_first_state") for row in rows)
            name = surname(key, family_first)
            if name and spelling_of(name, surname(identity, family_first)):
                surnames[name].add(identity)
    return surnames


def _given_name_index(index: _Index) -> dict[Key, set[str]]:
    """Person → the first words of every name they are known by ("Bill", "William")."""
    given: dict[Key, set[str]] = defaultdict(set)
    for key, identities in index.keys.items():
        for identity in identities if len(key) > 1 else ():
            given[identity].add(key[0])
    return given


def _first_name_index(surnames: dict[str, set[Key]]) -> dict[str, list[tuple[str, Key]]]:
    """First name → (surname, person) for each person: a misspelt surname is compared only with
    the few people who share the written first name, not with every known surname (that scan
    cost 17 ms an article)."""
    by_first: dict[str, list[tuple[str, Key]]] = defaultdict(list)
    for name, people in surnames.items():
        for person in people:
            by_first[person[0]].append((name, person))
    return by_first
