"""Targets of prepositional verbs and verb idioms: the object of the preposition the trigger
itself names, or that its idiom noun governs ("took aim at X", "poured scorn on X").

A lexicon row such as "go after" or "turn on" says the act is aimed at whoever that
preposition governs ("went after the senator", "turned on his former ally"); the general
role rules only read a fixed set of aiming prepositions, so "after", "on" with another sense
and the like would leave such an act without a target.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.cameo_codes import BOMBING
from eventwire.events.lexicon import CONFLICTUAL, is_agent, word_rows
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, AID, REJECT, RETREAT
from eventwire.events.settings import absolute_with
from eventwire.events.verb_arguments import objects
from eventwire.parse.forms import in_words, is_reflexive

IDIOM_PREPS = {"at", "on", "upon", "against", "with"}  # "took aim at", "drew a contrast with"
BLAME = ACCUSE
MATERIAL = CONFLICTUAL | {AID, RETREAT}  # "sent warships to X": what is moved, no idiom noun


def trigger_prep_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with, when no target was read, whoever the trigger's own preposition governs;
    an act noun there ("calling for Jones' exit") is what is called for, read by other rules."""
    actors, targets = sides
    if targets or match.nominal:
        return sides
    preps = trigger_preps(match)
    aimed = [pobj for pobj in pobjs(match.head, preps) if is_agent(pobj)]  # not "for X's exit"
    found = [p for pobj in aimed for p in reader.phrase(pobj)]
    return split_roles(actors, found) if found else sides


def idiom_noun_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with, when no target was read, whom the preposition of a verb's idiom noun
    names ("took aim at X", "poured scorn on X", "drew a contrast with X", "cast doubt on X's
    account"): the noun is no party, so its phrase, or the verb's, says at whom the act is
    aimed; blame "of" someone too ("made fun of X")."""
    actors, targets = sides
    if targets or match.nominal or match.code.type in MATERIAL:
        return sides
    verb, idiom = match.head, _idiom_nouns(match.head.lemma_.lower(), match.code.cameo)
    nouns = [o for o in verb.children if o.dep_ == "dobj" and in_words(o, idiom)]
    preps = IDIOM_PREPS | ({"of"} if match.code.type == BLAME else set())
    aims = [t for o in [verb, *nouns] for t in pobjs(o, preps) if t.i > verb.i]
    aims = [t for t in aims if not absolute_with(t.head, verb)]  # ", with X lending support"
    aims = [a for t in aims for a in _party_or_owner(t)] if nouns else []
    found = [p for t in aims for p in reader.phrase(t)]
    return split_roles(actors, found) if found else sides


def _party_or_owner(pobj: Token) -> list[Token]:
    """One who can act, or the one who owns the thing named ("cast doubt on Lee's account"
    aims at Lee; "lifted limits on the use of Russian" at no one)."""
    owners = [c for c in pobj.children if c.dep_ == "poss" and is_agent(c)]
    return [pobj] if is_agent(pobj) else owners


@cache
def _idiom_nouns(verb: str, cameo: str) -> frozenset[str]:
    """The object nouns the verb's lexicon rows of this code name ("aim" of "take>aim"): the
    idiom's own noun, not a party nor an act done to one ("condemned attacks at embassies")."""
    rows = [t for t in word_rows(verb, "V") if t.code.cameo == cameo]
    return frozenset(w for t in rows for w in t.arguments)


def _rejects_through_prep(match: TriggerMatch) -> bool:
    """A rejection aimed through a preposition of its verb ("defended herself against ...")."""
    return match.code.type == REJECT and any(c.dep_ == "prep" for c in match.head.children)


def trigger_preps(match: TriggerMatch) -> set[str]:
    """The prepositions the trigger itself names ("sided with", "cracked down on")."""
    return {t.lower_ for t in _own_preps(match.head, match)}


def _own_preps(head: Token, match: TriggerMatch) -> list[Token]:
    """The prepositions inside the trigger's span that hang on its verb."""
    return [t for t in match.span if t.head == head and t.dep_ == "prep"]


def reflexive_object(match: TriggerMatch) -> bool:
    """A reflexive object that is no part of a prepositional trigger: "prepared himself" and
    "shot himself" act on no one else, where the lexicon's "distanced herself from" names
    the reflexive as part of an act aimed at the preposition's object, and a bombing ("blew
    himself up at a checkpoint", CAMEO 183) is a suicide attack on those around; one who
    "defends himself against the claims" rejects what a preposition names."""
    if match.code.cameo.startswith(BOMBING) or _rejects_through_prep(match):
        return False
    own = set(match.span) if _own_preps(match.head, match) else set()
    return any(is_reflexive(o) and o not in own for o in objects(match.head))
