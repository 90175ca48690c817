"""Where the group noun after a country modifier may start and end: "French counter-terrorism
police" (a hyphened modifier is one word to a reader), "Yugoslav army units", "Ethiopian
university lecturers" (a body's name used as a modifier of its members: the members act
for the body, and take its sector when their own noun has none), "a Turkish police officer"
(staff work for the body that employs them: the body's sector, not the staff noun's own)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.stances import ONE_WORD_ACTS
from eventwire.codes import group_lexicon
from eventwire.lexicons import word_set
from eventwire.parse.hyphens import HYPHENS
from eventwire.parse.tags import NOMINAL_POS, PLURAL_NOUN_TAG

MODIFIER_POS = NOMINAL_POS


def modifier_offsets(doc: Doc, index: int, most: int) -> list[int]:
    """Offsets from `index` at which the group noun may start, after 0 to `most` modifiers;
    "counter - terrorism" or "anti - riot" counts as one modifier, as it reads."""
    offsets, at = [0], index
    while len(offsets) <= most and at < len(doc) and doc[at].pos_ in MODIFIER_POS:
        at += 1
        while at + 1 < len(doc) and doc[at].text in HYPHENS and doc[at + 1].pos_ in MODIFIER_POS:
            at += 2
        offsets.append(at - index)
    return offsets


def modifier_count(doc: Doc, start: int, end: int) -> int:
    """How many modifiers lie between `start` and `end`, a hyphened one counted once."""
    return end - start - 2 * sum(doc[i].text in HYPHENS for i in range(start + 1, end - 1))


def members_end(noun: Token) -> int | None:
    """End of the plural noun that a body's name modifies: "units" after "army" in "army
    units", "lecturers" after "university"; None when the body's noun heads its own phrase or
    modifies an act ("army drills", "police raids"); a body is named in the singular, so
    "exiles traitors" (two plurals the parser joined) is no body and its members."""
    doc = noun.doc
    if noun.dep_ != "compound" or noun.tag_ == PLURAL_NOUN_TAG or noun.i + 1 >= len(doc):
        return None
    members = doc[noun.i + 1]
    plural = members.tag_ == PLURAL_NOUN_TAG and members.pos_ == "NOUN" and noun.head.i == members.i
    return members.i + 1 if plural and members.lemma_.lower() not in ONE_WORD_ACTS else None


def members_named(noun: Token) -> bool:
    """Whether a group noun names the body whose members head its phrase ("army units")."""
    return members_end(noun) is not None


def staff_start(doc: Doc, start: int) -> int:
    """Where a staff group starts with the body that employs it: "police" before "officer",
    "court" before "officials"; `start` when no body's noun modifies the staff noun."""
    if start == 0 or doc[start].lower_ not in word_set("staff_noun"):
        return start
    body = doc[start - 1]
    employs = body.dep_ == "compound" and body.head.i == start
    return start - 1 if employs and (body.lower_,) in group_lexicon() else start
