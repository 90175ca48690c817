"""An organisation the story goes on to call a party: "the far-right National Front ... The
anti-immigrant party said". News names a small party once, by a name whose words ("Union",
"Front", "People") say nothing of its kind, then describes it as "the (adjective) party"; that
description is the organisation named last before it, which is a party (PTY) for the coding
rules, whatever its name's head noun made it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.known import TABLE
from eventwire.actors.outlets import known_organization_names
from eventwire.actors.phrases import code
from eventwire.model import Actor, ActorType, Mention, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.sectors import ADVOCACY, CIVILIANS, PARTY

PARTY_NOUN = "party"
UNSETTLED = {ADVOCACY, CIVILIANS}  # what "Union", "People", "Front" in a name make an unknown body
NAMING = {MentionKind.NAME, MentionKind.ACRONYM}
DESCRIPTION_DEPS = {"det", "amod", "advmod", "punct", "compound", "npadvmod"}


def code_described_parties(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Make PTY the organisation named last before each "the ... party" that names no one."""
    by_id = {a.id: a for a in actors}
    named = sorted((m for m in mentions if m.kind in NAMING), key=lambda m: m.evidence.start)
    for token in tokens_in(doc, {PARTY_NOUN}):  # only where the word stands
        if not _party_description(token, mentions):
            continue
        before = [m for m in named if m.evidence.end <= token.idx]
        organisations = [m for m in before if by_id[m.actor_id].type == ActorType.ORGANIZATION]
        if not organisations:
            continue
        actor = by_id[organisations[-1].actor_id]
        if _kind_unsettled(actor):
            actor.sector = code(doc, PARTY, token.idx, token.idx + len(token))


def _party_description(token: Token, mentions: list[Mention]) -> bool:
    """ "The anti-foreigner party said": a definite, lower-case "party" heading its own noun
    phrase (not "party spokesman"), with only adjectives before it, that no mention covers."""
    if token.text != PARTY_NOUN or token.dep_ == "compound":
        return False
    dets = [c for c in token.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ != "the":
        return False
    left = list(token.lefts)
    if any(c.dep_ not in DESCRIPTION_DEPS or c.pos_ == "PROPN" for c in left):
        return False  # "the Socialist party", "the Labor Party": a name of its own
    if any(c.dep_ == "compound" for c in left) and not any(c.text == "-" for c in left):
        return False  # "the birthday party"; "the anti-foreigner party" is a hyphened adjective
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the party of Lenin"
    return not any(m.evidence.start <= token.idx < m.evidence.end for m in mentions)


def _kind_unsettled(actor: Actor) -> bool:
    """An organisation whose sector only its name's words gave (or none), not the table."""
    if actor.name in known_organization_names():
        return False  # "Amnesty International": the table says what it is
    sector = actor.sector
    return sector is None or (sector.method != TABLE and sector.value in UNSETTLED)
