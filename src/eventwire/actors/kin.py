"""A relative named after a kin noun ("his brother Freddy", "Trump's wife Melania") shares
the country of the person whose kin they are, when nothing else codes them: family is no
office, so only the country passes (the sector stays empty, as for a private person). So does
a relative named only by the kin noun ("Elena's father", "his wife") whose country is only the
article's home default: a family shares its homeland more often than the story's dateline."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.homelands import head_word
from eventwire.actors.scenes import HOME_METHODS, coded_by_home
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention, MentionKind

POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})
PERSON = ActorType.PERSON


def code_kin(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give a person with no country the country of the relative who owns the kin noun
    right before one of their names."""
    by_id = {actor.id: actor for actor in actors}
    for mention in mentions:
        actor = by_id.get(mention.actor_id)
        if actor is None or actor.type != ActorType.PERSON or actor.country is not None:
            continue
        if mention.kind != MentionKind.NAME:
            continue
        owner = _kin_owner(doc, mention.evidence.start)
        owning = _mention_at(mentions, owner) if owner is not None else None
        relative = by_id.get(owning.actor_id or "") if owning is not None else None
        if relative is not None and relative is not actor and relative.country is not None:
            actor.country = relative.country.model_copy()


def code_kin_phrases(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give a person named by an owned kin noun ("Elena's father", "his wife"), with no country
    or only the home default, the country the text gave the owner."""
    by_id = {actor.id: actor for actor in actors}
    for mention in mentions:
        actor = by_id.get(mention.actor_id)
        if actor is None or not (actor.country is None or coded_by_home(actor, {PERSON})):
            continue
        head = head_word(doc, mention) if actor.type == PERSON else None
        if head is None or head.lower_ not in word_set("kin_noun"):
            continue
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        owning = _mention_at(mentions, owner) if owner is not None else None
        relative = by_id.get(owning.actor_id or "") if owning is not None else None
        told = relative is not None and relative.country is not None
        if told and relative is not actor and relative.country.method not in HOME_METHODS:
            actor.country = relative.country.model_copy()


def _kin_owner(doc: Doc, start: int) -> Token | None:
    """The word owning a kin noun right before the name: "his" in "his brother X", "Trump"
    in "Trump's wife X"."""
    name = doc.char_span(start, start + 1, alignment_mode="expand")
    at = name.start if name is not None else 0
    if at < 2 or doc[at - 1].lower_ not in word_set("kin_noun"):
        return None
    owner = doc[at - 2]
    if owner.tag_ not in POSSESSIVE_TAGS:
        return None
    return doc[at - 3] if owner.tag_ == "POS" and at >= 3 else owner


def _mention_at(mentions: list[Mention], token: Token) -> Mention | None:
    """The mention whose words cover the token."""
    return next((m for m in mentions if m.evidence.start <= token.idx < m.evidence.end), None)
