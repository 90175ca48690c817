"""A ban one state lays on another state's ships, flights, goods or officials is a sanction.

"Japan banned a North Korean ferry from its ports", "Poland barred Belarusian officials from
entering": CAMEO codes a restriction on another state's traffic or people as an embargo or
sanction (163, PLOVER SANCTION), where a government banning its own people's rallies or
parties is repression (172x, COERCE). The lexicon codes every ban as the second; which one the
sentence tells shows only once its sides are read: a state body or an international
organisation as the doer, and targets that all belong to a state other than the doer's. A ban
that keeps people from entering a country ("proposed to ban Muslims from entering the United
States", "a ban on refugees coming into the country") shuts a border to outsiders: a sanction
too, whoever proposes it and whether or not their state is named. Only a state or an armed
group that holds ground represses ("the Taliban banned women from working"): a
ban laid on people by a party, a candidate, a firm or a group ("Trump banned news organizations
from his events", "his plan for banning Muslims", "the league banned him for life") shuts them
out of its own circle, as firing, suspending or blacklisting does (160, SANCTION).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.cameo_codes import BANNED_PARTIES, EMBARGO, REDUCED_RELATIONS, RESTRICTION
from eventwire.events.lexicon import FORCE_SECTORS, code_table, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import SANCTION
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import BANNING
from eventwire.model import Event, Participant
from eventwire.sectors import (
    COURTS,
    GOVERNMENT,
    INTERNATIONAL,
    LEGISLATORS,
    MILITARY,
)

ENTRY = words("event_words.tsv", "border_entry")  # enter, come, travel: crossing into a country
COUNTRY_NOUNS = {"country", "nation"}  # "coming into the country": the one the story is about
ENTRY_PATH = {"prep", "pobj", "pcomp", "acl", "dobj"}  # "from entering", "on Muslims entering"
RESTRICTIONS = {RESTRICTION, BANNED_PARTIES}  # CAMEO: administrative sanctions, bans (COERCE)
STATE_SECTORS = {GOVERNMENT, LEGISLATORS, MILITARY, INTERNATIONAL}  # who can sanction another state
# whose bans on people are repression: a state's bodies, and anyone under arms, rebels
#   included ("the Taliban banned women from working": an armed group rules its ground)
STATE_POWERS = STATE_SECTORS | FORCE_SECTORS | {COURTS}


def foreign_ban(match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as a sanction, and the event with it, when a state bans another
    state's things or people, a ban keeps people out of a country, or one with no state power
    bans someone (module doc); any other ban is left as it is."""
    if match.code.cameo not in RESTRICTIONS or match.head.lemma_.lower() not in BANNING:
        return match
    if _foreign(event.actors, event.recipients) or _entry_barred(match.head):
        cameo = EMBARGO
    elif _shut_out(event.actors, event.recipients):
        cameo = REDUCED_RELATIONS
    else:
        return match
    code = replace(code_table()[cameo], type=SANCTION)
    event.type, event.mode, event.cameo = code.type, code.mode, code.cameo
    event.context = list(code.context)
    return TriggerMatch(match.head, match.span, code, match.nominal)


def _foreign(doers: list[Participant], targets: list[Participant]) -> bool:
    """Doers are states or their bodies (or international bodies) and every target belongs to
    a state none of them belongs to."""
    if not doers or not targets or not all(p.sector in STATE_SECTORS for p in doers):
        return False
    own = {p.country for p in doers}
    return all(p.country and p.country not in own for p in targets)


def _shut_out(doers: list[Participant], targets: list[Participant]) -> bool:
    """Someone is banned by doers that are all known to hold no state power and no arms (a
    party, a candidate, a firm, a group): no repression, a shunning (module doc)."""
    if not doers or not targets:
        return False
    return all(p.sector and p.sector not in STATE_POWERS for p in doers)


def _entry_barred(ban: Token) -> bool:
    """ "ban Muslims from entering the US", "bar them from the country", "a ban on refugees
    coming into the country": the ban's own phrase keeps someone out of a country."""
    kept_out = any(_country(p) for p in pobjs(ban, {"from"}))  # "bar Muslims from the country"
    return kept_out or any(
        t.lemma_.lower() in ENTRY and _under(t, ban) and _into_country(t)
        for t in ban.subtree
        if t.i != ban.i
    )


def _into_country(entry: Token) -> bool:
    """What is entered is a country ("entering the United States", "coming into the country"),
    not a race or a building ("barred parties from entering the election")."""
    places = objects(entry)
    places += pobjs(entry, {"into", "to"})
    return any(_country(p) for p in places)


def _country(place: Token) -> bool:
    return place.ent_type_ == "GPE" or place.lemma_.lower() in COUNTRY_NOUNS


def _under(token: Token, ban: Token) -> bool:
    """The word hangs on the ban through prepositions, their objects and clauses on them only."""
    while token.i != ban.i:
        if token.dep_ not in ENTRY_PATH:
            return False
        token = token.head
    return True
