"""One's own country told by a possessive: "our country was attacked", "his nation", "the
worst attack on our soil". No actor is named, but the owner is, and a person's (or a body's)
homeland is its country: "our" inside a quotation is its speaker's, "his" or "its" whoever the
pronoun stands for (`RoleReader.modifiers`). Where someone goes or is let in ("admit people into
our country", "released to his home country") the homeland is a place, no party to the act."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from eventwire.events.lexicon import pronoun_owner, words
from eventwire.lexicons import word_set
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text

HOMELANDS = words("event_arguments.tsv", "homeland")
SPEAKERS = word_set("first_person_owner")  # the speaker's own, read through the quotation
PLACE_PREPS = {"into", "in", "within", "from", "throughout"}  # "into our country": a place


class Owners(Protocol):
    """What the role reader tells of a possessive's owner (`RoleReader`, which reads with this
    module: a protocol, not an import, keeps the two apart)."""

    def speaker(self, token: Token) -> Participant | None: ...

    def modifiers(self, head: Token, act: bool = False) -> list[Participant]: ...


def homeland(reader: Owners, noun: Token) -> Participant | None:
    """The country a possessed homeland noun stands for, named by the noun's own words."""
    if noun.lemma_.lower() not in HOMELANDS or _destination(noun):
        return None
    owner = pronoun_owner(noun)
    if owner is None:
        return None
    owners = [reader.speaker(owner)] if owner.lower_ in SPEAKERS else reader.modifiers(noun, True)
    country = next((p.country for p in owners if p is not None and p.country), None)
    if country is None:
        return None
    span = noun.doc[owner.i : noun.i + 1]
    evidence = Evidence.of(doc_text(noun.doc), span.start_char, span.end_char)
    return Participant(name=span.text, country=country, mention=evidence)


def _destination(noun: Token) -> bool:
    """ "into our country", "returned to his country": the homeland as a place gone to or in;
    "a threat to our nation" (a noun's "to") is aimed at it."""
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in PLACE_PREPS or (prep.lower_ == "to" and prep.head.pos_ == "VERB")
