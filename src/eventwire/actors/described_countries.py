"""A person's country told by their description: "one of Ukraine's richest men, Rinat X",
"Chile's top negotiator, Ana Y" (a country owning the title or the group the person is one
of), "a deputy prime minister under Mr. Z" (the country of the leader they served under).
News describes foreigners so, and names locals bare, so the description beats the article's
home country, a default for people named bare; a person the home country describes keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.homelands import head_word, recode_home_people
from eventwire.actors.org_places import owner_place_country
from eventwire.actors.own_places import own_place
from eventwire.codes import role_heads
from eventwire.lexicons import word_set
from eventwire.model import HOME_METHODS, Actor, ActorType, Code, Mention

DESCRIBED = "description"
DESCRIBED_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANIZATION})
OWNED_BY = {"of", "with"}  # "one of Ukraine's richest men", "a pollster with Z's party"
WORKS_WITH = {"with"}  # "a pollster with Z's party": the body a person works with is Z's
SERVED_UNDER = {"under"}  # "a deputy prime minister under Mr. Z"
SERVING = {"for"}  # "a spokesman for the relatives"


def code_by_descriptions(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People and organisations coded only by the home default whose description names their
    country ("Sarvak Bank, one of Iran's largest lenders")."""
    described = _described(doc, actors, mentions)
    recode_home_people(doc, actors, mentions, described, DESCRIBED_TYPES)


def _described(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> Callable:
    """The reader of a person's head word, knowing the countries the text gave other people
    (not the home default) by the heads of their mentions."""
    by_id = {a.id: a for a in actors}
    told: dict[int, Code] = {}
    for mention in mentions:
        actor, head = by_id.get(mention.actor_id), head_word(doc, mention)
        country = actor.country if actor is not None else None
        if head is not None and country is not None and country.method not in HOME_METHODS:
            told.setdefault(head.i, country)

    def described(head: Token) -> Code | None:
        holders = [head, *(c for c in head.children if c.dep_ == "appos")]
        if head.dep_ == "appos":
            holders.append(head.head)
        holders += [c for h in holders[1:] for c in h.children if c.dep_ == "conj"]
        for holder in holders:  # "a former minister and a deputy premier under Z": either
            found = _owning_country(holder, told) or _superior_country(holder, told)
            found = found or _served_country(holder, told)
            if found is not None:
                return found
        return None

    return described


def _owning_country(holder: Token, told: dict[int, Code]) -> Code | None:
    """ "Chile's top negotiator", "one of Ukraine's richest men": a country's name owning the
    title or the group after "of"; "a pollster with Mr. Z's party": a person or body the text
    gave a country owning the body the person works with (not "Z's uncle": kin of a foreigner
    may live elsewhere)."""
    nouns, bodies = [holder], []
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in OWNED_BY):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        nouns += objects
        bodies += objects if prep.lower_ in WORKS_WITH else []
    for owned, owner in ((noun, c) for noun in nouns for c in _possessors(noun)):
        if owner.i in told and (owned in bodies or _serving_title(owned)):  # not kin: see above
            return told[owner.i].model_copy(update={"method": DESCRIBED})
        found = owner_place_country(owner, DESCRIBED)  # "New Jersey's"
        if found is not None:
            return found
    return None


def _possessors(noun: Token) -> list[Token]:
    """Who owns the noun: "Hussein" in "King Hussein's adviser", and in "King Hussein's
    brother and political adviser" for the second noun too (the owner is said once)."""
    owned = [noun, noun.head] if noun.dep_ == "conj" else [noun]
    return [c for word in owned for c in word.children if c.dep_ == "poss"]


def _serving_title(noun: Token) -> bool:
    """ "King Hussein's political adviser", "the minister's spokesman": a title held in the
    owner's service, so in the owner's state."""
    return noun.lower_ in role_heads() and noun.lower_ not in word_set("kin_noun")


def _served_country(holder: Token, told: dict[int, Code]) -> Code | None:
    """ "a spokesman for Elian's relatives in Miami", "a lawyer for the ministry": a title held
    for people or a body the text gave a country, or a place of their own, serves them where
    they are."""
    if not _serving_title(holder):
        return None
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in SERVING):
        for body in (c for c in prep.children if c.dep_ == "pobj"):
            found = told.get(body.i) or own_place(body)  # "relatives in Miami"
            if found is not None:
                return found.model_copy(update={"method": DESCRIBED})
    return None


def _superior_country(holder: Token, told: dict[int, Code]) -> Code | None:
    """ "a foreign minister under Mr. Z": the country the text gave the leader served."""
    for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ in SERVED_UNDER):
        for leader in (c for c in prep.children if c.dep_ == "pobj" and c.i in told):
            return told[leader.i].model_copy(update={"method": DESCRIBED})
    return None
