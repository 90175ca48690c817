"""Whom a possessive pronoun stands for: "his threat", "its warplanes", "Iraq's invasion of
Kuwait and its military buildup".

`participants.RoleReader.modifiers` reads a noun's possessive pronoun through this: for an
act the owner is its doer, so a wrong owner moves an event's side.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.mention_reader import MentionReader
from eventwire.events.owned_things import owned_thing
from eventwire.events.pronoun_antecedents import THIRD_PERSON, agrees, antecedent
from eventwire.model import Participant


def possessor(reader: MentionReader, pronoun: Token, act: bool) -> Participant | None:
    """Whom a possessive pronoun stands for: for an act or a thing, the actor the actors
    stage linked it to ("his threat", "his record" after "Clinton"); else a third-person
    pronoun's antecedent in the sentence ("its warplanes")."""
    mention = reader.mention_at(pronoun) if act or owned_thing(pronoun) else None
    if mention is not None:
        return reader.participant(mention)
    if pronoun.lower_ not in THIRD_PERSON:
        return None
    return _conjoined_owner(reader, pronoun) or antecedent(reader, pronoun)


def _conjoined_owner(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "Iraq's invasion of Kuwait and its military buildup": a possessive pronoun on a
    noun coordinated with one a name possesses stands for that name, if it agrees."""
    noun = pronoun.head
    if noun.dep_ != "conj":
        return None
    for owner in (c for c in noun.head.children if c.dep_ == "poss" and c.pos_ != "PRON"):
        found = [p for p in reader.phrase(owner) if p.actor_id]
        if found and agrees(reader, pronoun, owner, found):
            return found[0]
    return None
