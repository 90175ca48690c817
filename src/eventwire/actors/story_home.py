"""The country a story filed from abroad is about: talks hosted in Algiers, a summit in
Brussels, a mediator's capital lend the dateline to a story whose actors are another state's.
A dateline whose country the story names at most in passing (a host, a mediator) is only the
venue when one other country leads both the actors named (three times as often) and the places
and peoples named; its bare institutions and groups ("the government", "the army", "rebels")
are that country's. A wire filed in its own country ("WASHINGTON (AP)") writes for readers
at home, naming its locals bare, so its dateline stays the home."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from eventwire.actors.article_home import leader_of
from eventwire.actors.known import KnownActors
from eventwire.actors.story_setting import setting_country
from eventwire.model import Actor, Article, Code, Mention

MIN_STORY_MENTIONS = 2  # the story's state is named as an actor more than once in passing
MAX_VENUE_MENTIONS = 2  # a host or mediator named once or twice; more is a party to the story
LEAD_RATIO = 3  # the story's state outnumbers the venue's this many times over
Found = tuple[Doc, list[Actor], list[Mention]]  # the parse and the actors found in it


def story_home(home: Code, article: Article, table: KnownActors, found: Found) -> Code:
    """The dateline's home, unless a foreign wire's story names the dateline's country at most
    in passing and another country leads its actors (at least twice, more than any other,
    three times the dateline's) and its places: then that country, the dateline the venue."""
    if home.method != "dateline" or agency_country(article, table) == home.value:
        return home
    doc, actors, mentions = found
    named = country_mentions(actors, mentions)
    venue = named[home.value]
    if venue > MAX_VENUE_MENTIONS:
        return home
    leader, most, second = leader_of(named)
    if most < max(MIN_STORY_MENTIONS, LEAD_RATIO * venue) or most <= second:
        return home
    setting = setting_country(doc)
    if setting is None or setting.value != leader:
        return home
    return Code(value=leader, evidence=setting.evidence, method=home.method)


def agency_country(article: Article, table: KnownActors) -> str | None:
    """The country of the wire that filed the story ("AP": USA), when the table knows it."""
    if article.agency is None:
        return None
    found = table.lookup(article.agency.value)
    return found.country if found is not None else None


def country_mentions(actors: list[Actor], mentions: list[Mention]) -> Counter[str]:
    """How often the text names each country's actors ("Mali", "Malian troops", "Mali's
    minister"): the actors whose country the text itself gives, not a default."""
    countries = {a.id: a.country.value for a in actors if a.country and a.country.method is None}
    return Counter(countries[m.actor_id] for m in mentions if m.actor_id in countries)
