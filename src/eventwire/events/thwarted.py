"""An act whose stated aim is to thwart another party's act is aimed at that party: "filed a
lawsuit to block a tender offer by DPC", "sued to block Comcast's purchase of Time Warner".

A lawsuit or a stand that names no target of its own often says what it is for: undoing or
stopping an act ("to block", "to overturn", "to halt"). That act is its doer's, named by its
possessive ("Comcast's purchase") or its own "by" phrase ("an offer by DPC"); the lawsuit is
brought against that doer, as coders read it. A thwarted thing that names no doer ("to block
the merger") ties no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.noun_rows import noun_triggers
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import ACCUSE, REJECT
from eventwire.events.word_classes import THWARTING
from eventwire.model import Participant
from eventwire.parse.tags import BASE_FORM_TAG, NOUN_POS

AIM_DEPS = {"advcl", "xcomp", "acl"}  # "sued to block X", "a lawsuit to block X"
THWARTED_TYPES = {ACCUSE, REJECT}  # a lawsuit, a stand against another's act


def thwarted_things(root: Token, type_: str) -> list[Token]:
    """The acts an act's aim clause undoes or stops: the objects of a thwarting infinitive on
    the act's word, or on the noun it files ("filed a lawsuit to block X")."""
    if type_ not in THWARTED_TYPES:
        return []
    holders = [root, *(c for c in root.children if c.dep_ == "dobj" and c.pos_ in NOUN_POS)]
    aims = [
        c
        for h in holders
        for c in h.children
        if c.dep_ in AIM_DEPS and c.tag_ == BASE_FORM_TAG and c.lemma_.lower() in THWARTING
    ]
    return [o for a in aims for o in a.children if o.dep_ == "dobj" and o.pos_ in NOUN_POS]


def thwarted_doers(reader: RoleReader, thing: Token) -> list[Participant]:
    """ "an offer by DPC": an act noun's own "by" phrase names its doer; so does one the parse
    hangs on the active thwarting verb instead ("to block an offer by DPC"), where a "by" noun
    phrase is no agent."""
    if not noun_triggers(thing):
        return []
    doers = pobjs(thing, {"by"})
    if thing.dep_ == "dobj" and thing.head.lemma_.lower() in THWARTING:
        doers += [o for o in pobjs(thing.head, {"by"}) if o.pos_ in NOUN_POS and o.i > thing.i]
    return [p for by in doers for p in reader.phrase(by)]
