"""Acts named by nouns and who does them: "the blast in Nairobi killed ..." acts through the
blast's own agents ("by", "from" objects, a possessor), never through the place it hit.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.claimed_acts import outside_doers
from eventwire.events.complements import act_types
from eventwire.events.named_towns import without_towns
from eventwire.events.participants import RoleReader
from eventwire.events.passives import own_agents
from eventwire.events.phrase_links import pobjs
from eventwire.events.sites import struck_sites
from eventwire.events.spanned import counting_span
from eventwire.lexicons import word_set
from eventwire.model import Participant


def is_event_noun(token: Token, type_: str = "") -> bool:
    """A noun the trigger lexicon lists as an act on its own ("blast", "attack", "talks"), of
    the type if one is given; not a group named by what it does ("protesters")."""
    if (token.lower_,) in group_lexicon():
        return False
    types = act_types(token)
    return bool(types) and (not type_ or type_ in types)


def subject_actors(reader: RoleReader, subject: Token) -> list[Participant]:
    """An act as a subject ("the blast in Nairobi killed...") acts through its own agents, its
    possessor or "by" object, never through the place it happened in or the site it hit."""
    if not is_event_noun(subject):
        return reader.phrase(subject)
    agents = [p for t in noun_agents(subject) for p in reader.phrase(t)]
    doers = struck_sites(reader, subject, reader.modifiers(subject, act=True))
    return without_towns(reader, subject, doers) or agents


def noun_agents(noun: Token) -> list[Token]:
    """The "by" and "from" objects of an act noun ("threats from the United States"), however
    the parse labels the "by" ("calls by Republicans for a probe": an agent), also where it
    hangs them on its "of" object ("the arrest of two journalists by police"), or outside its
    phrase ("accusations made by X", "claimed responsibility for the attack")."""
    owners = [noun, *pobjs(noun, {"of"}), *counting_span(noun)]  # "day of an offensive by X"
    found = [t for o in owners for t in [*pobjs(o, word_set("maker_preposition")), *own_agents(o)]]
    return list(dict.fromkeys(found)) + outside_doers(noun)
