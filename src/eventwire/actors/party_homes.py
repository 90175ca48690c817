"""Parties whose name many states share ("Labour Party", "the Republicans", "Socialist Party"):
the known-actor table codes the best-known one (Britain's Labour, America's Republicans), but a
story names its own country's parties bare and a foreign one with its country ("Norway's Labour
Party"). So a party the table coded takes the country named right before it, else, in a story
with a dateline abroad that never names the table's country, the dateline's."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.actors.article_home import home_country
from eventwire.actors.country_modifiers import country_modifier
from eventwire.actors.home_states import home_namesake
from eventwire.actors.known import TABLE, KnownActors
from eventwire.model import HOME_METHODS, Actor, ActorType, Article, Code, Mention, MentionKind
from eventwire.parse.nlp import expanded_span
from eventwire.sectors import MEDIA, PARTY

HOME_METHOD = "party's home"
MAX_MODIFIER_LOOKBACK = 3  # "Norway's Labour Party", "the Norwegian Labour Party"


def code_party_homes(
    doc: Doc, article: Article, actors: list[Actor], mentions: list[Mention], table: KnownActors
) -> None:
    """Recode each table-coded party to the country its text names, else the dateline's."""
    code_leaders_parties(doc, actors, mentions)
    parties = [a for a in actors if _table_party(a)]
    if not parties:
        return
    home = home_country(article, actors, table)
    for party in parties:
        named = [m for m in mentions if m.actor_id == party.id and m.kind == MentionKind.NAME]
        country = _qualifier(doc, named, home)
        if country is None and home is not None and home.method == "dateline":
            country = None if _country_named(party, actors) else home
        if country is not None and party.country and country.value != party.country.value:
            party.country = country.model_copy(update={"method": HOME_METHOD})


def code_leaders_parties(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """ "Prime Minister Mariano Rajoy's ruling Popular Party": a party body whose country only
    the story's home gave is that of the person it is written as belonging to, as a leader's
    party is his state's (a foreign party named bare in a US paper is no American one)."""
    by_id = {a.id: a for a in actors}
    people = {(m.evidence.start, m.evidence.end): by_id.get(m.actor_id) for m in mentions}
    for party in actors:
        home = party.country is None or party.country.method in HOME_METHODS
        if party.type == ActorType.PERSON or party.sector_code != PARTY or not home:
            continue
        for mention in (m for m in mentions if m.actor_id == party.id):
            owner = _owner(doc, mention, people)
            if owner is not None and owner.country is not None:
                party.country = owner.country.model_copy(update={"method": HOME_METHOD})
                break


def _owner(doc: Doc, mention: Mention, people: dict[tuple[int, int], Actor | None]) -> Actor | None:
    """The coded person whose possessive the party's name hangs on."""
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    if span is None:
        return None
    for child in span.root.children:
        if child.dep_ != "poss" or child.i >= span.start:
            continue
        for (start, end), actor in people.items():
            hit = start <= child.idx < end and actor is not None
            if hit and actor.type == ActorType.PERSON and actor.country_code:
                return actor
    return None


def _table_party(actor: Actor) -> bool:
    """A party body (not a person of one) whose country is the table's."""
    coded = actor.country is not None and actor.country.method == TABLE
    return actor.type != ActorType.PERSON and actor.sector_code == PARTY and coded


def _qualifier(doc: Doc, named: list[Mention], home: Code | None) -> Code | None:
    """The country named right before a mention of the party ("Norway's Labour Party"), but
    not a state of the home named like a country ("Georgia Republicans" in a US story)."""
    for mention in named:
        span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
        if span is None:
            continue
        for start in range(max(0, span.start - MAX_MODIFIER_LOOKBACK), span.start):
            found = country_modifier(doc[start])
            at_home = home is not None and home_namesake(doc[start : span.start].text, home)
            if found is not None and found[1] == span.start and not at_home:
                return Code(value=found[0].iso3, method=HOME_METHOD)
    return None


def _country_named(party: Actor, actors: list[Actor]) -> bool:
    """Whether an actor other than the parties and the outlets carries the party's country
    ("Donald Trump's Republican Party" in a Paris story stays America's)."""
    country = party.country_code
    return any(
        other.country is not None and other.country.value == country and not _body_like(other)
        for other in actors
    )


def _body_like(actor: Actor) -> bool:
    """An outlet, or a party body, which says nothing of where the story is set."""
    sector = actor.sector_code
    return sector == MEDIA or (sector == PARTY and actor.type != ActorType.PERSON)
