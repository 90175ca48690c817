"""The party a verb of attributing names as a thing's cause: "blamed the crisis on the
governor", "credited the recovery to the Fed", "blamed Trump's slide on the media".

English names whom such a verb blames or credits in the cause phrase ("on", "to") after the
thing put down to them; the small parser hangs that phrase on the thing, not on the verb, so
the verb's own aims miss the party, and the thing's owner ("Trump's slide") would stand as the
target. An object that is itself a party ("blamed officials on Twitter") keeps its reading.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import THING_PRONOUNS, words
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.parse.nlp import TIME_ENTITIES

ATTRIBUTING = words("event_words.tsv", "attributing")  # credit, blame: "credit X to Y"
CAUSE_PREPS = {"to", "on"}  # "credits the change to", "blamed the crash on"
QUALIFYING_PREPS = {"in", "of", "at", "among", "for"}  # "slide in the polls", "loss of jobs"
MAX_DEPTH = 2
STAND_INS = THING_PRONOUNS | {"them"}  # "blamed it on X": a thing


def named_causes(reader: RoleReader, verb: Token, objects: list[Token]) -> list[Token]:
    """The cause phrase's objects of a thing an attributing verb puts down to a cause (a party
    or not: "blamed his slide on a bad earpiece" blames no one); empty for any other verb, or
    where the object is a party itself."""
    if verb.lemma_.lower() not in ATTRIBUTING:
        return []
    things = [o for o in objects if o.dep_ == "dobj" and _thing(reader, o)]
    causes = [p for o in things for p in _cause_phrases(o)]
    causes += pobjs(verb, CAUSE_PREPS) if things else []  # where the parse hangs it right
    return [p for p in causes if p.ent_type_ not in TIME_ENTITIES]


def _cause_phrases(thing: Token, depth: int = 0) -> list[Token]:
    """The cause phrase's objects, on the thing or on a phrase that qualifies it ("his slide
    in the polls on the media": the parse hangs "on" on "polls")."""
    found = pobjs(thing, CAUSE_PREPS)
    if found or depth >= MAX_DEPTH:
        return found
    qualifiers = pobjs(thing, QUALIFYING_PREPS)
    return [p for q in qualifiers for p in _cause_phrases(q, depth + 1)]


def _thing(reader: RoleReader, token: Token) -> bool:
    """Whether the object names no party: a wrong, a result or a pronoun standing for one."""
    return token.lower_ in STAND_INS or reader.mention_at(token) is None  # not its owner's
