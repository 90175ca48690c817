"""Canonical names of known people: a person the article calls by surname alone ("Obama",
"President Obama") is shown by the full name of eventwire's table ("Barack Obama"), so that
an analyst who aggregates by name across articles finds one actor, whichever form each
article used. The text's own forms stay as the actor's mentions, with their offsets.

Only a person the table itself identified is renamed, and the article's own words come first:
the actor must carry the codes of the table's row for the article's day; a title the text
gives must be one of the person's offices, held that day ("President Carter" in 2016 is not
the defence secretary Ash Carter); a full name the article gives someone else with that word ("Paul
Ryan", "Jeb Bush") says the word is not the table's person; a month name ("May") is no one.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from eventwire.actors.coding import current_table
from eventwire.actors.entry import KnownActor
from eventwire.actors.known import TABLE, KnownActors, name_key
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import calendar_names, word_map, word_set
from eventwire.model import Actor, ActorType, Mention, MentionKind

NAMING = {MentionKind.NAME, MentionKind.SURNAME}

OWN_TABLE = "eventwire"  # a user's dictionaries write names in CAMEO's capitals


def name_known_people(
    actors: list[Actor], mentions: list[Mention], text: str, on: date | None
) -> None:
    """Give each person called by one word the table's full name when the table coded them."""
    table = current_table()
    honorifics = _honorific_genders(mentions, text)
    full_names = _full_names(actors)  # as the article wrote them, before any is renamed
    for actor in actors:
        if actor.type != ActorType.PERSON or " " in actor.name or not actor.name[:1].isupper():
            continue
        if actor.name.lower() in _month_names():
            continue
        found = table.lookup(actor.name, on)
        if found is None or not _coded_by(actor, found) or not _titled_as(actor, found, table):
            continue
        fits = _honorifics_fit(honorifics.get(actor.id, set()), found)
        if fits and not _someone_else(actor.name, found, full_names):
            actor.name = found.name


def _coded_by(actor: Actor, found: KnownActor) -> bool:
    """Whether the actor is the row's person: a person of eventwire's table, named by more
    than one word, called by one of its names' words as written ("Charles" is no
    "Jean-Charles"), whose codes of the day the actor carries."""
    if found.type is not ActorType.PERSON or found.source != OWN_TABLE or " " not in found.name:
        return False
    forms = (found.name, *found.aliases)
    written = {word.casefold() for form in forms for word in form.split()}
    if actor.name.casefold() not in written | {form.casefold() for form in forms}:
        return False
    return (actor.country_code, actor.sector_code) == (found.country, found.sector)


def _titled_as(actor: Actor, found: KnownActor, table: KnownActors) -> bool:
    """A title the text gave ("President Carter") shares a word with one of the person's
    offices in the table, and the person holds an office that day (a title on someone the
    table knows only out of office may be a namesake's); no title, or the table's own, says
    nothing against it."""
    if actor.role is None or actor.role.method == TABLE:
        return True
    if found.role is None:
        return False
    written = set(actor.role.value.lower().split())
    return any(written & set(role.lower().split()) for role in table.roles_of(found))


def _full_names(actors: list[Actor]) -> list[tuple[str, ...]]:
    """The keys of the people the article names by more than one word; a description that
    opens with an article ("an Obama nominee", "the Clinton aide") is no one's name."""
    articles = word_set("article")
    named = (a.name for a in actors if a.type == ActorType.PERSON)
    keys = (name_key(name) for name in named if name.split()[0].lower() not in articles)
    return [key for key in keys if len(key) > 1]


def _someone_else(word: str, found: KnownActor, full_names: list[tuple[str, ...]]) -> bool:
    """Whether the article names another person in full with this word ("Paul Ryan" beside
    "Paul", "Jeb Bush" beside "Bush"): the article's own person, not the table's."""
    own = {name_key(form) for form in (found.name, *found.aliases)}
    words = set(name_key(word))
    return any(words <= set(key) and key not in own for key in full_names)


def _honorific_genders(mentions: list[Mention], text: str) -> dict[str, set[str]]:
    """The genders the courtesy titles before each actor's names tell ("Ms. Jones": f)."""
    genders = word_map("honorific")
    told: dict[str, set[str]] = {}
    for mention in mentions:
        before = text[max(0, mention.evidence.start - 6) : mention.evidence.start].split()
        word = before[-1].rstrip(".").lower() if before else ""
        if mention.kind in NAMING and genders.get(word):
            told.setdefault(mention.actor_id, set()).add(genders[word])
    return told


def _honorifics_fit(genders: set[str], found: KnownActor) -> bool:
    """No courtesy title, or one of the person's gender ("Ms. Jones" is not Alex Jones)."""
    return not genders or gender_of_full_name(found.name) in genders


@cache
def _month_names() -> frozenset[str]:
    return frozenset(name.lower() for name, _ in calendar_names("month"))
