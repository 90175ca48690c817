"""Nouns of a body that also name a place ("office", "clinics", "hospitals"): "Ryan's office
said" is a body that acts, "at Ryan's office" or "treated in hospitals" is where something
happened."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import CORE_ARGUMENT_DEPS

CLAUSE_ARGUMENTS = CORE_ARGUMENT_DEPS


def only_a_place(noun: Token) -> bool:
    """A noun naming both acts only as a clause's subject or object (or a passive's agent);
    inside a name ("the Office of Immigrant Affairs") it is the name's word, no body."""
    if noun.lower_ not in word_set("body_place_noun"):
        return False
    if noun.ent_iob_ != "O":
        return True
    noun = first_conjunct(noun)
    agent = noun.dep_ == "pobj" and noun.head.dep_ == "agent"
    return not agent and noun.dep_ not in CLAUSE_ARGUMENTS
