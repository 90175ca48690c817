"""Parties named by their creed alone ("the Conservatives", "Labour", "the Socialists", and
"Democrats" after a creed's adjective: "Social Democrats") belong to no one country: the
known-actor table's default (Britain's Conservatives, America's Democrats) holds only where the
article names that country at all. Otherwise a party is the party of the state its sentence
deals with ("the Socialists accused the Polish government": Poland's Socialists)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code, Mention, MentionKind
from eventwire.parse.nlp import expanded_span
from eventwire.sectors import PARTY

CREED_SENTENCE = "creed party's sentence"


def code_creed_parties(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Recode each creed-named party to the one country its sentences' other actors share."""
    by_id = {actor.id: actor for actor in actors}
    for actor in actors:
        named = _creed_mentions(doc, actor, mentions)
        if not named or _home_named(actor, actors):
            continue
        country = _sentence_country(doc, actor, named, mentions, by_id)
        if country is not None:
            actor.country = country
        if actor.sector is None:
            actor.sector = Code(value=PARTY, evidence=named[0].evidence, method=CREED_SENTENCE)


def _creed_mentions(doc: Doc, actor: Actor, mentions: list[Mention]) -> list[Mention]:
    """The actor's name mentions, when every one names a party by its creed alone."""
    if actor.type != ActorType.ORGANIZATION or (actor.sector and actor.sector.value != PARTY):
        return []
    named = [m for m in mentions if m.actor_id == actor.id and m.kind == MentionKind.NAME]
    return named if named and all(_is_creed(doc, m) for m in named) else []


def _is_creed(doc: Doc, mention: Mention) -> bool:
    """ "Labour", "the Socialists", and a creed's name of which the table matched only the
    last word ("Social Democrats" read as America's "Democrats")."""
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    if span is None:
        return False
    if span.text.lower() in word_set("creed_party"):
        return True
    return span.start > 0 and doc[span.start - 1 : span.end].text.lower() in word_set("creed_party")


def _home_named(actor: Actor, actors: list[Actor]) -> bool:
    """Whether another actor of the article carries the party's present country."""
    home = actor.country_code
    return home is not None and any(
        other is not actor and other.country and other.country.value == home for other in actors
    )


def _sentence_country(
    doc: Doc, actor: Actor, named: list[Mention], mentions: list[Mention], by_id: dict[str, Actor]
) -> Code | None:
    """The country of the other actors in the party's sentences, when they share exactly one."""
    sentences = [s for s in (_sentence(doc, m) for m in named) if s is not None]
    codes: dict[str, Code] = {}
    for mention in mentions:
        other = by_id[mention.actor_id]
        if other is actor or other.country is None:
            continue
        if any(_within(mention, sentence) for sentence in sentences):
            codes[other.country.value] = other.country
    if len(codes) != 1:
        return None
    return next(iter(codes.values())).model_copy(update={"method": CREED_SENTENCE})


def _sentence(doc: Doc, mention: Mention) -> Span | None:
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    return span.sent if span is not None else None


def _within(mention: Mention, sentence: Span) -> bool:
    return sentence.start_char <= mention.evidence.start < sentence.end_char
