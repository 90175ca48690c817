"""Whom an apology is owed: "apologized for the arrest of two Greek reporters" is aimed at
the reporters, though no one is named as the apology's addressee.

An apology (CAMEO 055) that names no addressee is owed to those its "for" phrase or its object
says were wronged: the patients of an act noun ("the arrest of X", "the attack on X"), the
object of a gerund ("for detaining X"), or those that words said were about ("regretted her
remarks about the governor"). A wrong that names no one ("for the delay") gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import APOLOGY, REJECTION
from eventwire.events.complements import act_types
from eventwire.events.lexicon import CONDUCT, is_agent, word_cameos
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

APOLOGIES = {APOLOGY}  # CAMEO: apologise
NOTHING = {"nothing"}  # "nothing to apologise for": no apology owed
WRONGED_PREPS = {"of", "on", "against", "to"}  # "the arrest of X", "the attack on X", "harm to X"
SAID = CONDUCT  # remarks, comments: words that can wrong someone


def apology_sides(reader: RoleReader, verb: Token, sides: Sides) -> Sides:
    """An apology with no one named as its target is aimed at those it says were wronged; one
    said not to be owed ("I have nothing to apologise for") is the owner's."""
    if not sides[0] and _is_apology(verb) and _none_owed(verb):
        owners = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
        sides = ([p for t in owners for p in reader.phrase(t)], sides[1])
    if sides[1]:
        return sides
    return split_roles(sides[0], [p for t in wronged(verb) for p in reader.phrase(t)])


def wronged(verb: Token) -> list[Token]:
    """Those an apology verb's "for" phrase or its object says were wronged."""
    if not _is_apology(verb):
        return []
    found = []
    for child in verb.children:
        if child.dep_ == "dobj":  # "regretted her remarks about the governor"
            found += _patients(child)
        if child.dep_ == "prep" and child.lower_ == "for":
            for wrong in child.children:
                found += _patients(wrong)
    return found


def _patients(wrong: Token) -> list[Token]:
    if wrong.dep_ == "pcomp":  # "for detaining two reporters"
        return objects(wrong)
    if wrong.lemma_.lower() in SAID:  # "her comments about Kasich", "the Kasich comments"
        about = [c for c in wrong.children if c.dep_ == "compound" and is_agent(c)]
        return about + pobjs(wrong, WRONGED_PREPS | {"about"})
    return pobjs(wrong, WRONGED_PREPS) if wrong.dep_ == "pobj" and act_types(wrong) else []


def _is_apology(verb: Token) -> bool:
    return not word_cameos(verb.lemma_.lower(), "V").isdisjoint(APOLOGIES)


def refused_apology(match: TriggerMatch) -> TriggerMatch:
    """ "I have nothing to apologise for", "saw no reason to apologize": an apology the speaker
    says is not owed refuses one (REJECT), as "refused to apologise" does."""
    if match.nominal or match.code.cameo not in APOLOGIES or not _none_owed(match.head):
        return match
    return match.recoded(REJECTION)


def _none_owed(verb: Token) -> bool:
    """The apology verb says what is not owed: "nothing to apologise for", "no reason to"."""
    if verb.dep_ not in NOUN_CLAUSE_DEPS:
        return False
    owed = verb.head
    return owed.lemma_.lower() in NOTHING or any(c.lower_ == "no" for c in owed.children)
