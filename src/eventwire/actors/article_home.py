"""The country an article is set in, which unqualified institutions and groups take ("the
Justice Department", "the rebels"): its dateline's, else its outlet's, else the country most of
its actors belong to. Kept apart from the table lookups of `coding` because it reads the
article's frame (dateline, outlet, the balance of its actors), not any one actor's name."""

from __future__ import annotations

import re
from collections import Counter

from eventwire.actors.known import TABLE, KnownActors
from eventwire.actors.legal_forms import FORM
from eventwire.actors.party_groups import party_country
from eventwire.codes import (
    capital_countries,
    country_of,
    division_countries,
    province_countries,
    territory_divisions,
)
from eventwire.model import Actor, ActorType, Article, Code, Evidence, Mention
from eventwire.place_codes import place_aliases, town_countries, written_division_country
from eventwire.sectors import BUSINESS, INTERNATIONAL

BARE_STATE_COUNTRIES = frozenset({"USA"})  # whose states news names with no "State" after them
MIN_HOME_ACTORS = 3  # a sentence or two naming one foreign actor says nothing of a home
DATELINE_COUNTRY = re.compile(r",\s*([A-Z][^,(\n_]*?)\s*(?:[(,_\n—–]|\s-\s)")  # ", Cambodia (AP)"


def most_named_country(actors: list[Actor], mentions: list[Mention]) -> Code | None:
    """The country an article with no home names most often ("Serbia", "Serbian", "Serb"),
    when it is named at least 3 times and more than any other."""
    countries = {a.id: a.country.value for a in actors if a.type == ActorType.COUNTRY and a.country}
    counts = Counter(countries[m.actor_id] for m in mentions if m.actor_id in countries)
    leader, most, second = leader_of(counts)
    if most >= MIN_HOME_ACTORS and most > second:
        return Code(value=leader, method="article")
    return None


def leader_of(counts: Counter[str | None]) -> tuple[str, int, int]:
    """The most counted country, its count and the runner-up's count ("" and 0 where none);
    a None key (an actor with no country) never leads."""
    ranked = [*[(key, n) for key, n in counts.most_common(3) if key][:2], ("", 0), ("", 0)]
    (leader, most), (_, second) = ranked[0], ranked[1]
    return leader, most, second


def home_country(article: Article, actors: list[Actor], table: KnownActors) -> Code | None:
    """The dateline's country, else the outlet's, else the country most of the article's
    actors belong to, when it leads with at least 3 actors; none for a story filed from an
    international body (`filed_at_body`)."""
    if filed_at_body(article, table):
        return None
    dateline = _dateline_country(article)
    if dateline is not None:
        return dateline
    if article.source:
        outlet = table.lookup(article.source)
        if outlet is not None and outlet.country:
            return Code(value=outlet.country, method="outlet")
    leader, most, second = leader_of(Counter(_ballots(actors, table).values()))
    if most >= MIN_HOME_ACTORS and most > second:  # one country leads
        return Code(value=leader, method="article")
    return None


def filed_at_body(article: Article, table: KnownActors) -> bool:
    """ "UNITED NATIONS (AP)": a dateline naming an international body, no place, files a story
    of many states from no one country's soil, so it has no home; the vote of its actors would
    make the host's delegates' country the home of every bare actor ("people killed in
    Nairobi" as Americans)."""
    place = article.dateline_place
    if place is None or _country_of_place(place.value) is not None:
        return False
    body = table.lookup(place.value)
    return body is not None and body.country is None and body.sector == INTERNATIONAL


def nearly_all_of(actors: list[Actor], home: Code, table: KnownActors) -> bool:
    """Whether at least 3 in 4 of the actors that vote with a country are the home's: a story
    of Americans is set in the US, but an essay that ranges over Israel, the US and China
    leaves the people it names bare of no one country."""
    counts = Counter(iso3 for iso3 in _ballots(actors, table).values() if iso3)
    return 4 * counts[home.value] >= 3 * sum(counts.values())


def _voter(actor: Actor) -> tuple[str, ...]:
    """Who casts a vote for the article's home: each actor, but a people's groups of one
    sector ("Syrian refugees", "young Syrian men") once, as the people the story is about
    rather than many voices for where it is set."""
    if actor.type == ActorType.GROUP and actor.country is not None:
        return (actor.country.value, actor.sector_code or "")
    return (actor.id,)


def _votes(actor: Actor) -> bool:
    """Whether an actor's country says where the article is set: a known firm's does not
    ("such as McDonald's Corp." in a Toronto business story), multinationals being named
    wherever their goods go, nor one a firm's legal form gives ("Rank Organisation PLC" in a
    Toronto story): where a firm is registered is not where its story is."""
    if actor.country is None:
        return True
    known_firm = actor.sector_code == BUSINESS and actor.country.method == TABLE
    return not known_firm and actor.country.method != FORM


def read_namesake_states(actors: list[Actor]) -> None:
    """ "the Georgia Institute of Technology", "a student from Georgia": a person or body coded
    by a name that is also a state of another country is of that country when the article's
    other actors are of it and none of the country so named (`_state_reading`); a country
    actor so named is left to the home's own check, which asks for no word of the country
    ("Tbilisi", "Georgian")."""
    counts = Counter(_plain_ballots(actors, None).values())
    for actor in actors:
        if actor.type == ActorType.COUNTRY or actor.country is None:
            continue
        read = _state_reading(actor.country, counts)
        if read != actor.country.value:
            actor.country = actor.country.model_copy(update={"value": read})


def _ballots(actors: list[Actor], table: KnownActors) -> dict[tuple[str, ...], str | None]:
    """Each voter's country; one read from a name that is also a state of another country
    ("a professor from Georgia") counts for that country when the article's other actors
    are of it and none of the country so named (Georgia the US state in a story of
    Americans), as the places stage reads such a name by the names beside it."""
    plain = _plain_ballots(actors, table)
    counts = Counter(plain.values())
    for actor in actors:
        if _votes(actor) and actor.country is not None and _namesake_of(actor.country):
            plain[_voter(actor)] = _state_reading(actor.country, counts)
    return plain


def _plain_ballots(
    actors: list[Actor], table: KnownActors | None
) -> dict[tuple[str, ...], str | None]:
    """The votes of the actors whose country no namesake state's name gave; with the table,
    a bare group named by a party votes for the party's country (`_party_vote`)."""
    plain = [a for a in actors if _votes(a) and not _namesake_of(a.country)]
    return {_voter(a): a.country_code or _party_vote(a, table) for a in plain}


def _party_vote(actor: Actor, table: KnownActors | None) -> str | None:
    """ "Democratic candidates", "GOP lawmakers": a group the coding has not placed yet whose
    name names a party says where the story is set, as the party's country (the table's:
    "Labour MPs" are Britain's), so a US campaign story naming few coded Americans finds
    its home."""
    if table is None or actor.type != ActorType.GROUP:
        return None
    return party_country(actor.name, table)


def _state_reading(country: Code, counts: Counter[str | None]) -> str:
    """The country of the namesake state the name is read as when the other actors vote for
    it and none for the country so named ("Mobutu" and "Zairean troops" keep a "Zaire's
    army" Zaire's, though Angola has a province of that name), else the country."""
    others = _namesake_of(country)
    if not others or counts[country.value]:
        return country.value
    best = max(sorted(others), key=lambda iso3: counts[iso3])
    return best if counts[best] else country.value


def _namesake_of(country: Code | None) -> frozenset[str]:
    """The other countries whose state or province bears the name that coded a country
    ("Georgia": the US), save a territory named like its own country ("Puerto Rico"). Only
    states news names bare count (`BARE_STATE_COUNTRIES`): Nigeria's is "Niger State", so
    "Niger's ambassador" beside a Nigerian minister stays Niger's."""
    if country is None or country.evidence is None:
        return frozenset()
    name = country.evidence.text.removesuffix("'s").removesuffix("’s")
    if name in territory_divisions():
        return frozenset()
    return (division_countries().get(name, frozenset()) & BARE_STATE_COUNTRIES) - {country.value}


def _dateline_country(article: Article) -> Code | None:
    """ "DAR ES SALAAM, Tanzania (AP)": the country the dateline names after its place, else
    the place itself when it is a country or a capital."""
    place = article.dateline_place
    if place is None:
        return None
    evidence = place.evidence
    if evidence is not None:
        after = DATELINE_COUNTRY.match(article.text, evidence.end)
        country = country_of(after.group(1)) if after else None
        iso3 = country.iso3 if country else _division_country(after.group(1)) if after else None
        if after and iso3:
            found = Evidence.of(article.text, after.start(1), after.end(1))
            return Code(value=iso3, evidence=found, method="dateline")
    iso3 = _country_of_place(place.value)
    return Code(value=iso3, evidence=evidence, method="dateline") if iso3 else None


def _division_country(name: str) -> str | None:
    """ "BUFFALO, N.Y. (AP)", "INDEPENDENCE, MO. (AP)": the country of a state or province
    written after the dateline's place, AP abbreviations read through the place aliases."""
    forms = (name, name.title())  # datelines write "MO." for "Mo."
    return next((c for form in forms if (c := written_division_country(form))), None)


def _country_of_place(name: str) -> str | None:
    """A dateline's place alone: a country, a capital, or a city the wires write without its
    country ("NEW YORK (AP)", "GENEVA (AP)"), which is the most populous town so named; a state
    standing alone ("NEW YORK") is its largest city's. Towns come before states here, unlike
    `org_places.place_country`: a dateline names a city ("TOLEDO" is Ohio's town, not Belize's
    district of that name)."""
    country = country_of(name)
    if country is not None:
        return country.iso3
    for form in (name, name.title(), place_aliases().get(name.title(), name)):  # "KIEV": Kyiv
        for places in (capital_countries(), town_countries(), province_countries()):
            if form in places:
                return places[form]
    return None
