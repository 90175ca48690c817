"""Codes from knowledge, after the text has said what it says: known actors named without a
title ("Obama", "the FBI") take their codes for the article's date, and unqualified national
institutions ("the Justice Department", "Congress", "police") and groups named without a
country ("the rebels", "voters") take the article's home country.

The table is eventwire's own (`actors.known`), with the user's CAMEO/PETRARCH dictionaries laid
over it when the setting EVENTWIRE_DICTIONARIES (or `--dictionaries`) names a folder.
"""

from __future__ import annotations

import os
from collections import Counter
from datetime import date
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventwire.actors.article_home import home_country, most_named_country, nearly_all_of
from eventwire.actors.candidates import Candidate
from eventwire.actors.crime_stories import police_of_crime_story
from eventwire.actors.envoys import posted_abroad
from eventwire.actors.foreign_groups import named_from_abroad
from eventwire.actors.home_states import code_home_states
from eventwire.actors.institution_forms import form_states, institution_home, other_countries
from eventwire.actors.known import TABLE, KnownActors
from eventwire.actors.known_coding import Named, code_known, known_match
from eventwire.actors.lone_country import code_at_lone_country
from eventwire.actors.namesake_genders import pronoun_genders
from eventwire.actors.owner_countries import inherit_owner_countries
from eventwire.actors.party_groups import code_party_groups, party_country
from eventwire.actors.party_homes import HOME_METHOD as PARTY_HOME
from eventwire.actors.party_voters import code_party_voters
from eventwire.actors.place_namesakes import named_as_place
from eventwire.actors.region_groups import of_region
from eventwire.actors.spokespeople import speak_for_bodies, speak_for_firms
from eventwire.actors.state_counterparts import without_counterparts
from eventwire.actors.stateless_groups import acts_for_no_state
from eventwire.actors.stateless_posts import serves_no_state
from eventwire.actors.story_home import agency_country, story_home
from eventwire.actors.story_setting import SETTING, code_at_setting
from eventwire.codes import country_display_name, division_countries
from eventwire.lexicons import DICTIONARIES_SETTING, word_set
from eventwire.model import Actor, ActorType, Article, Code, Evidence, Mention, MentionKind
from eventwire.parse.pubdate import publication_day
from eventwire.sectors import REBELS
from eventwire.states_then import country_on

NAMING = {MentionKind.NAME, MentionKind.ACRONYM, MentionKind.SURNAME}
NONE_TOLD: Counter[str] = Counter()  # no pronoun tells the actor's gender
Parsed = tuple[Doc, list[Actor], list[Mention]]


@lru_cache(maxsize=4)
def known_actors(dictionaries: str | None) -> KnownActors:
    """The table, loaded once per process and per dictionaries folder."""
    return KnownActors.load(Path(dictionaries) if dictionaries else None)


def current_table() -> KnownActors:
    return known_actors(os.environ.get(DICTIONARIES_SETTING) or None)


def code_from_knowledge(
    article: Article,
    actors: list[Actor],
    mentions: list[Mention],
    candidates: list[Candidate],
    doc: Doc,
) -> Code | None:
    """Fill (or, for a known person in office that day, set) each actor's codes; a group
    owned by a person or organisation takes its owner's country, never the home default.
    The article's home, if its frame or actors gave one."""
    table, on = current_table(), publication_day(article)
    names = _names_by_actor(actors, mentions)
    told = pronoun_genders(mentions)
    for actor in actors:
        named = names.get(actor.id, [])
        if actor.type != ActorType.COUNTRY and not named_as_place(doc, actor, named):
            code_known(actor, (named, told.get(actor.id, NONE_TOLD)), table, on)
    owned = inherit_owner_countries(candidates, actors, mentions)
    home = home_country(article, actors, table)
    if home is not None:
        home = story_home(home, article, table, (doc, actors, mentions))  # talks in Algiers
        at_home = _unowned(actors, owned, nearly_all_of(actors, home, table))
        _code_bare_at_home(article, (doc, actors, mentions), at_home, home)
        speak_for_bodies(actors, mentions, doc, home)
        police_of_crime_story(doc, actors, mentions, home)  # "authorities" hunting a sniper
    else:
        unowned = _unowned(actors, owned)
        _code_groups_at(most_named_country(actors, mentions), unowned)
        stateless = [a for a in unowned if _stateless_ok(a, table, names)]
        stateless = [a for a in stateless if not posted_abroad(a, doc)]  # "ambassador to Peru"
        stateless = without_counterparts(stateless, doc, actors, mentions)
        code_at_lone_country(actors, stateless, article.text, mentions)
        code_at_setting(doc, stateless)
    inherit_owner_countries(candidates, actors, mentions)  # owners coded at home just now
    code_party_groups(actors, table)  # "Tory MPs" with no home: the party's country
    speak_for_firms(actors, mentions, doc, home)  # "Boeing said ... Spokesman Doug Alder said"
    code_party_voters(actors, mentions, doc)  # over the table's party: "urging Democrats to vote"
    states_of_the_day(actors, on)
    return home


def code_at_late_home(article: Article, parsed: Parsed, candidates: list[Candidate]) -> None:
    """An article with no home at first, when few of its actors had a country ("Trump",
    "the FBI"), often has one once the later passes coded its parties, staff and people
    described: the vote again, and the actors still bare ("a teacher, Jane Roe") take its
    country, as news names foreigners with their country and locals without, when nearly all
    the coded actors are of that country (the first vote, with fewer, asks only a lead).
    Bodies the places named coded ("In Libya, police ...") cast no vote: the places already
    spoke for them, and a person named beside a place is not thereby of it."""
    _, actors, mentions = parsed
    voters = [a for a in actors if a.country is None or a.country.method != SETTING]
    table = current_table()
    home = home_country(article, voters, table)
    if home is None or not nearly_all_of(voters, home, table):
        return
    unowned = _unowned(actors, inherit_owner_countries(candidates, actors, mentions), True)
    _code_bare_at_home(article, parsed, unowned, home)
    inherit_owner_countries(candidates, actors, mentions)


def _unowned(actors: list[Actor], owned: set[str], one_state: bool = False) -> list[Actor]:
    """The actors the home may code: no group of an owner, of a region, or of no state (in a
    story nearly all of whose actors are the home's, bare advocacy groups are its own)."""
    unowned = [a for a in actors if a.id not in owned and not of_region(a)]
    return [a for a in unowned if not acts_for_no_state(a, one_state)]


def _code_bare_at_home(article: Article, parsed: Parsed, unowned: list[Actor], home: Code) -> None:
    """The home's namesake states ("Georgia" in a US story) are the home's, and the actors
    with no country yet take the home's, or an institution's own state's."""
    doc, actors, mentions = parsed
    table = current_table()
    # Read again, not passed from `code_from_knowledge`: the table has filled roles since
    # (a "pope" makes "the Pope" one of his names), and `code_at_late_home` has no earlier read.
    names = _names_by_actor(actors, mentions)
    told = pronoun_genders(mentions)
    _home_divisions(actors, home)
    code_home_states(doc, actors, mentions, home)
    others = other_countries(actors, mentions, agency_country(article, table))
    for actor in unowned:
        named = names.get(actor.id, [])
        here = institution_home(home, form_states(actor, named), others)
        _code_at_home(actor, (named, told.get(actor.id, NONE_TOLD)), table, here)


def states_of_the_day(actors: list[Actor], on: date | None) -> None:
    """Countries as of the article's day ("a Soviet citizen" in 1990 is SUN); a country actor
    shown by today's name takes the name of the state then ("Russia" → "Soviet Union")."""
    for actor in actors:
        if actor.country is None or on is None:
            continue
        then = country_on(actor.country.value, on)
        shown_as_now = actor.name == country_display_name(actor.country.value)
        if then != actor.country.value and actor.type == ActorType.COUNTRY and shown_as_now:
            actor.name = country_display_name(then)
        actor.country.value = then


def _names_by_actor(actors: list[Actor], mentions: list[Mention]) -> dict[str, list[Evidence]]:
    """The mentions that name each actor; a title of an office one person holds in the world
    ("the Pope") names its holder too."""
    unique = {a.id for a in actors if a.role and a.role.value in word_set("unique_office")}
    names: dict[str, list[Evidence]] = {}
    for mention in mentions:
        titled = mention.kind == MentionKind.TITLE and mention.actor_id in unique
        if mention.kind in NAMING or titled:
            names.setdefault(mention.actor_id, []).append(mention.evidence)
    return names


def _code_at_home(actor: Actor, named: Named, table: KnownActors, home: Code) -> None:
    """ "the Justice Department", "Congress", "police": a national institution named without a
    country is the home country's; so are a person and an organisation the table does not know
    that the text gives no country (news names foreigners with their country, locals without)."""
    names = named[0]
    if actor.country is not None:
        return
    if serves_no_state(actor, table):
        return  # "the Organization of American States", "Oxfam's director": no state's
    if _faith(actor):
        return  # "Muslims" are no one country's
    if _armed_elsewhere(actor, home):
        return
    if actor.type == ActorType.GROUP and named_from_abroad(names):
        return  # "foreign troops": from abroad, no home's own
    if actor.type == ActorType.PERSON:  # news names foreigners with their country, locals bare
        if known_match(table, actor, named, None) is None:  # a known one's country: the table's
            actor.country = home.model_copy()
        return
    for evidence in names or []:
        found = table.lookup(evidence.text, None, home=home.value)
        if found is not None and found.country == home.value and found.sector:
            actor.country = home.model_copy()
            actor.sector = Code(value=found.sector, evidence=evidence, method=TABLE)
            return
    if actor.type == ActorType.ORGANIZATION and names and not _known(table, names):
        actor.country = home.model_copy()  # a firm or group named bare is a local one
    elif actor.type == ActorType.GROUP and actor.sector is not None:
        actor.country = _group_home(actor, table, home)


def _group_home(actor: Actor, table: KnownActors, home: Code) -> Code:
    """ "the police", "ethnic Albanians": the local ones, by default; "Republican lawmakers"
    are the home's by their own words when the party they name is the home's, so events
    keep them as a side rather than a guess (`party_country`)."""
    if party_country(actor.name, table) == home.value:
        return home.model_copy(update={"method": PARTY_HOME})
    return home.model_copy()


def _armed_elsewhere(actor: Actor, home: Code) -> bool:
    """ "the terrorists", "the militias" in a story with no dateline: armed groups are coded
    where they fight, which a home taken from the outlet or from the article's actors does
    not say (a US paper's militias are mostly Libya's or Syria's); a dateline does."""
    rebels = actor.sector is not None and actor.sector.value == REBELS
    return actor.type == ActorType.GROUP and rebels and home.method != "dateline"


def _home_divisions(actors: list[Actor], home: Code) -> None:
    """ "voters in Georgia" in a US story: a place named that is both a country and a state or
    province of the home country is the home's own division."""
    for actor in actors:
        evidence = actor.country.evidence if actor.country else None
        if actor.type == ActorType.COUNTRY or evidence is None or actor.country is None:
            continue
        divisions_of = division_countries().get(evidence.text, frozenset())
        if home.value in divisions_of and actor.country.value != home.value:
            actor.country = Code(value=home.value, evidence=evidence, method=home.method)


def _stateless_ok(actor: Actor, table: KnownActors, names: dict[str, list[Evidence]]) -> bool:
    """Neither an IGO or a person serving one (or an international NGO), nor the followers of
    a faith, which act for no one state, nor an organisation the table lists (the
    International Committee of the Red Cross has none)."""
    listed = actor.type == ActorType.ORGANIZATION and _known(table, names.get(actor.id, []))
    return not serves_no_state(actor, table) and not listed and not _faith(actor)


def _faith(actor: Actor) -> bool:
    """A group named as the followers of a faith ("Sunni Muslims")."""
    evidence = actor.sector.evidence if actor.sector else None
    return (
        actor.type == ActorType.GROUP
        and evidence is not None
        and evidence.text.split()[-1].lower() in word_set("faith_people")
    )


def _code_groups_at(country: Code | None, actors: list[Actor]) -> None:
    """Groups named without a country ("the security forces") are the most named country's:
    unlike people, news names a foreign group with its country."""
    for actor in actors:
        if country and actor.type == ActorType.GROUP and actor.country is None and actor.sector:
            actor.country = country.model_copy()


def _known(table: KnownActors, names: list[Evidence]) -> bool:
    """Whether the table lists the organisation (then its country, even none, is the table's)."""
    return any(table.lookup(evidence.text) is not None for evidence in names)
