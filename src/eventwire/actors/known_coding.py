"""Codes from the known-actors table for an actor the text names: the first of its names the
table knows as an actor of a fitting type, checked against the text's first names, titles and
pronouns ("Michael Gingrich" is not Newt Gingrich), fills the codes the text left empty, or, for
a person in office or running that day, sets them (`actors.coding` runs it for every actor)."""

from __future__ import annotations

from collections import Counter
from datetime import date

from eventwire.actors.campaign_owners import CAMPAIGN
from eventwire.actors.entry import KnownActor
from eventwire.actors.incumbents import known_sitting_executive
from eventwire.actors.known import TABLE, KnownActors, name_key
from eventwire.actors.known_rows import institution_names
from eventwire.actors.legal_forms import FORM
from eventwire.actors.namesake_genders import other_gender
from eventwire.actors.occupations import OCCUPATION
from eventwire.actors.offices_then import past_title, serves_then
from eventwire.actors.outlets import joint_outlet
from eventwire.actors.title_namesakes import titled_otherwise
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Evidence
from eventwire.sectors import INTERNATIONAL, PARTY

NAMED_IN_FULL = {ActorType.ORGANIZATION, ActorType.PERSON}  # names the rules wrote out in full
Named = tuple[list[Evidence], Counter[str]]  # an actor's naming mentions, its pronouns' genders


def known_match(
    table: KnownActors, actor: Actor, named: Named, on: date | None
) -> tuple[KnownActor, Evidence] | None:
    """The first of the actor's names the table knows as an actor of a fitting type; a creed
    in lower case ("conservatives", "social conservatives") names a camp, not the party the
    table lists as "Conservatives"; a person the pronouns show is of another gender is
    someone else."""
    names, told = named
    for evidence in sorted(names, key=lambda e: -len(e.text)):
        if _camp_name(evidence.text):
            continue
        found = table.lookup(evidence.text, on)
        if found is not None and (found.type == ActorType.PERSON) == (
            actor.type == ActorType.PERSON
        ):
            fits = _namesake_fits(actor, found) and not other_gender(found, told)
            return (found, evidence) if fits else None
    return _lookup_body_name(table, actor, names, on)


def _camp_name(name: str) -> bool:
    """Whether a name ends in a creed in lower case ("young conservatives"): the table's
    lookup reads a name's last words, and would find the party in them."""
    words = name.split()
    return bool(words) and words[-1] in word_set("camp_noun")


def _lookup_body_name(
    table: KnownActors, actor: Actor, names: list[Evidence], on: date | None
) -> tuple[KnownActor, Evidence] | None:
    """ "Defense" in "the departments of State and Defense": an organisation the rules named
    more fully than its words ("Defense Department") is known by that name; so is a person
    whose post's handle alone names them ("JebBush")."""
    if actor.type not in NAMED_IN_FULL or not names:
        return None
    if any(evidence.text == actor.name for evidence in names):
        return None  # named by its own words, which the table did not know
    found = table.lookup(actor.name, on)
    return (found, names[0]) if found is not None and found.type == actor.type else None


def _namesake_fits(actor: Actor, found: KnownActor) -> bool:
    """ "Michael Gingrich" is not Newt Gingrich: a person the text names in full is a known
    person only when a first name agrees (a surname alone says nothing against it)."""
    words = actor.name.lower().split()
    if actor.type == ActorType.PERSON and titled_otherwise(actor, found):
        return False  # "Jordanian Prime Minister Hussein" is no Saddam Hussein
    titled = actor.name[0].islower() or words[0] in word_set("article")  # "The Pope's visit"
    if actor.type != ActorType.PERSON or len(words) < 2 or titled:
        return True  # a surname alone, or a title ("the Pope"), is no other first name
    firsts = {form.lower().split()[0] for form in (found.name, *found.aliases) if " " in form}
    return not firsts or words[0] in firsts


def code_known(actor: Actor, named: Named, table: KnownActors, on: date | None) -> None:
    """The table fills the codes the text left empty: the words around a person's name come
    first; an organisation's whole known name beats a word inside it ("Justice" Department)."""
    hit = known_match(table, actor, named, on)
    if hit is None:
        return
    found, evidence = hit
    stale = _courtesy_title(actor, found, table, on) or past_title(actor, found, table, on)
    if stale or _campaigning(actor, found, table, on):
        actor.sector = actor.role = None  # the table's role of the day fills them below
    named = actor.type != ActorType.PERSON  # an organisation's whole name beats a word in it
    named = named and not _named_in_part(actor, found, evidence)
    generic = evidence.text.lower() in institution_names()  # "the Peruvian Congress"
    serving = serves_then(actor, found, on)  # in office that day: the table's country
    for field in ("country", "sector", "role"):
        value, current = getattr(found, field), getattr(actor, field)
        if current is not None and current.method == OCCUPATION:
            current = None  # "billionaire Donald Trump": the table knows the person better
        kept = generic and field == "country"  # the text named the state whose it is
        forced = named or (serving and field == "country")
        guessed = current is not None and current.method == FORM  # the table knows better
        replace_it = forced and not kept and current is not None
        replace_it = replace_it and (current.value != value or guessed)
        if value is not None and (current is None or replace_it):
            setattr(actor, field, Code(value=value, evidence=evidence, method=TABLE))
    if named and found.sector == INTERNATIONAL and found.country is None:
        actor.country = None  # "Organization of American States": no state's, demonym or not


def _named_in_part(actor: Actor, found: KnownActor, evidence: Evidence) -> bool:
    """ "House Democrats": a group whose name holds a known name only in part keeps the codes
    its own words gave it (legislators, not the party); the table fills only what is empty. So
    does a poll's joint name ("Reuters/Ipsos"), which is not its pollster alone."""
    joint = actor.type == ActorType.ORGANIZATION and joint_outlet(actor.name) is not None
    if actor.type != ActorType.GROUP and not joint:
        return False
    return name_key(evidence.text) not in {name_key(f) for f in (found.name, *found.aliases)}


def _courtesy_title(actor: Actor, found: KnownActor, table: KnownActors, on: date | None) -> bool:
    """ "Secretary Clinton" in 2016: a title the text gives a known person for an office
    the table says they left, while they hold another that day (US usage keeps the title)."""
    if on is None or actor.sector is None or actor.sector.method == TABLE:
        return False
    if found.sector is None or found.sector == actor.sector.value:
        return False
    return table.held_before_only(found, actor.sector.value, on)


def _campaigning(actor: Actor, found: KnownActor, table: KnownActors, on: date | None) -> bool:
    """ "Senator Bernie Sanders" in April 2016: a known person running for office that day is
    coded as the candidate (PTY, the coding rules' "candidates"), whatever seat the text
    names; so is a campaign's staff member whose title names no body ("communications
    director Jennifer Palmieri"); an undated lookup says nothing of a campaign. A sitting
    president or vice president the text titles so governs while running and keeps the office."""
    if on is None or actor.sector is None or actor.sector.method == TABLE:
        return False
    role = found.role or ""
    running = found.sector == PARTY and (role.endswith("candidate") or CAMPAIGN in role.split())
    if not running or actor.sector.value == PARTY:
        return False
    return not known_sitting_executive(actor, table.offices_on(found.name, on))  # a table lookup
