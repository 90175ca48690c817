"""Officials facing another state's: "The president met with Chinese leaders", "the prime
minister accused Indian officials". A bare title that acts on a state's officials named by
their country (a demonym, a country's name) is that state's counterpart: news names a
leader's own officials bare and another state's with their country. So the lone-country and
setting defaults (which give a bare title the one country a text names or is set in) must not
give such a title the country of those it faces; a home country (a dateline) still codes it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention
from eventwire.parse.deps import NOUN_OBJECT_DEPS
from eventwire.parse.nlp import expanded_span
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.sectors import GOVERNMENT

OFFICIAL = GOVERNMENT


def without_counterparts(
    candidates: list[Actor], doc: Doc, actors: list[Actor], mentions: list[Mention]
) -> list[Actor]:
    """The candidates that face no other state's officials, the verbs those officials are
    faced at read once for the document."""
    faced = _faced_states(doc, actors, mentions)
    return [a for a in candidates if not _faces_a_state(a, doc, mentions, faced)]


def _faces_a_state(
    actor: Actor, doc: Doc, mentions: list[Mention], faced: dict[int, set[str]]
) -> bool:
    """Whether a titled official, as a clause's subject, acts on another actor's officials
    whose own words name their country (its state's government, forces or police)."""
    if actor.type != ActorType.PERSON or actor.sector_code != OFFICIAL:
        return False
    verbs = {v.i for m in mentions if m.actor_id == actor.id for v in _subject_of(doc, m)}
    return any(faced.get(verb, set()) - {actor.id} for verb in verbs)


def _faced_states(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> dict[int, set[str]]:
    """Each verb's index → the worded state actors it acts on."""
    states = {a.id for a in actors if _worded_state_actor(a)}
    faced: dict[int, set[str]] = {}
    for mention in mentions:
        verb = _verb_of(doc, mention) if mention.actor_id in states else None
        if verb is not None:
            faced.setdefault(verb, set()).add(mention.actor_id)
    return faced


def _worded_state_actor(actor: Actor) -> bool:
    """An actor of a state's institutions whose country its own words give ("Chinese
    leaders", "Indian President X"), not a default."""
    country = actor.country
    worded = country is not None and country.method is None and country.evidence is not None
    return worded and actor.sector_code in word_set("state_sector")


def _subject_of(doc: Doc, mention: Mention) -> list[Token]:
    """The verb whose subject the mention is, if it is one."""
    root = _root(doc, mention)
    return [root.head] if root is not None and root.dep_ in SUBJECT_DEPS else []


def _verb_of(doc: Doc, mention: Mention) -> int | None:
    """The verb whose object the mention is, directly or through a preposition ("met with"),
    also that of an act noun ("held talks with")."""
    root = _root(doc, mention)
    if root is None or root.dep_ not in NOUN_OBJECT_DEPS:
        return None
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    if head.pos_ == "NOUN" and head.dep_ == "dobj":
        head = head.head
    return head.i


def _root(doc: Doc, mention: Mention) -> Token | None:
    span = expanded_span(doc, mention.evidence.start, mention.evidence.end)
    return span.root if span is not None else None
