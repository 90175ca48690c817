"""Whom a refusal is aimed at when the refused act is no event of its own.

"refused to consider the nominee", "will not hear the governor", "refused to vote on Obama's
nominee", "refused to deal with the rebels": the refused verb is not in the trigger lexicon, so
no content event carries its object; that object (or what the verb is "on" or "with") is whom
the refusal is aimed at, as the object of "refused to meet X" is. A thing's owner stands for
it ("refused to vote on his bill").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.participant_sets import Sides, other_sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import REJECT
from eventwire.parse.deps import VERB_OBJECT_DEPS

REFUSED_PREPS = {"on", "with"}  # "vote on the nominee", "deal with the rebels"


def refused_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The sides with, when a verbal refusal names no target, the refused verb's objects."""
    actors, targets = sides
    if targets or match.nominal or match.code.type != REJECT:
        return sides
    refused = [c for c in match.head.children if c.dep_ == "xcomp" and _infinitive(c)]
    objects = [o for verb in refused for o in verb.children if o.dep_ in VERB_OBJECT_DEPS]
    objects += [o for verb in refused for o in pobjs(verb, REFUSED_PREPS)]
    return actors, other_sides(actors, unique([p for o in objects for p in reader.phrase(o)]))


def _infinitive(verb: Token) -> bool:
    """ "refused to consider X" is refused, "opposes sending Americans" is a policy opposed."""
    return verb.pos_ == "VERB" and to_infinitive(verb)
