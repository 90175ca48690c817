"""Whom an object's own phrases name: the aim of a measure or act that is itself an argument.

Moved out of `roles` (which reads a trigger's own arguments) because these rules read one
level further down, inside the object noun: "expelled diplomats from Iraq", "lifted a warning
against travel to Kenya", "sought a pardon for X".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clauses import to_infinitive
from eventwire.events.embedded_acts import subject_relative
from eventwire.events.lexicon import word_types
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import members, pobjs
from eventwire.events.plover_types import ACCUSE, COERCE, REQUEST, SANCTION, THREATEN
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.tags import GERUND_TAG

OBJECT_PREPS = {"with", "to", "against", "of", "from", "into", "for", "between", "among"}
ABOUT_PREPS = word_set("issue_preposition")  # "a ban on travel to X", "a warning about X"
BENEFICIARY_PREPS = {"for"}  # "sought asylum for X": X gains by what is asked, is not asked
BLAME = ACCUSE
HOSTILE_ASKED = {ACCUSE, SANCTION, COERCE, THREATEN}  # "to investigate X", "to punish X"


def object_aims(reader: RoleReader, obj: Token, type_: str = "") -> list[Token]:
    """Whom an object's own phrases name ("expelled diplomats from Iraq"); through a phrase
    that names no one, the one it holds ("lifted a warning against travel to Kenya", "eased
    a ban on imports from Iraq": a measure is about the country its phrases name). Blame is
    not: "investigating the link between the attack on X and ..." is not aimed at X. What is
    asked "for" someone ("sought a pardon for X") is asked of another: X only gains by it."""
    preps = OBJECT_PREPS - BENEFICIARY_PREPS if type_ == REQUEST else OBJECT_PREPS
    asked = asked_acts(obj) if type_ == REQUEST and not reader.phrase(obj) else []
    return through_empty(reader, pobjs(obj, preps) + members(obj), type_ != BLAME) + asked


def asked_acts(obj: Token) -> list[Token]:
    """ "called for a special prosecutor to investigate X": what a request asks for, naming
    no one, is aimed where its infinitive's hostile act is, as "demanded an investigation of
    X" is; "asked for a meeting to discuss X" asks nothing done to X."""
    clauses = [c for c in obj.children if c.dep_ in NOUN_CLAUSE_DEPS and _hostile_infinitive(c)]
    return [o for c in clauses for o in objects(c)]


def _hostile_infinitive(verb: Token) -> bool:
    """A "to" infinitive whose verb the trigger lexicon lists, on its own, as a hostile act."""
    if not to_infinitive(verb):
        return False
    types = word_types(verb.lemma_.lower(), "V", single=True, bare=True)
    return not types.isdisjoint(HOSTILE_ASKED)


def through_empty(
    reader: RoleReader, pobjs_: list[Token], through: bool = True, preps: set[str] | None = None
) -> list[Token]:
    """A prepositional object (of `preps`, if given) that names no one passes its own objects
    on: "a ban on travel to X", "an embargo on trade with Iraq" are aimed at X and Iraq, not at
    travel or trade. An act noun passes on only its topic ("on"), not its partners ("talks
    between lawyers for X and Y" are no talks with X)."""
    found = []
    for pobj in pobjs_:
        carried = preps is None or pobj.head.lower_ in preps
        empty = through and carried and pobj.pos_ == "NOUN" and not reader.phrase(pobj)
        found += pobjs(pobj, OBJECT_PREPS | ABOUT_PREPS) if empty else [pobj]
    return found


def clause_aims(noun: Token) -> list[Token]:
    """ "an embargo which has kept Cuba in a box", "sanctions targeting Iran's oil exports": a
    measure's own clause (a participle, or a relative clause whose subject is the measure)
    names by its object whom the measure is aimed at."""
    clauses = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == GERUND_TAG]
    clauses += [c for c in noun.children if c.dep_ == "relcl" and subject_relative(c)]
    return [o for c in clauses for o in objects(c)]
