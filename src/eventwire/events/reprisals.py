"""A trade reprisal: "retaliated by imposing tariffs", "retaliated against the duties". The
word says only that an act answers another; read bare it counts as armed force (CAMEO 190).
Told by a means that lays a levy, or aimed at one, it is a trade measure, coded where its own
words tell it ("imposing tariffs": SANCTION), and the reprisal word tells no act of its own.
Armed reprisals ("retaliated by firing rockets") keep their reading."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs

REPRISALS = words("event_words.tsv", "reprisal")
LEVIES = words("event_words.tsv", "levy")
ANSWERED_PREPS = {"against", "for"}  # "retaliated against the duties", "for the tariffs"


def told_by_means(match: TriggerMatch) -> bool:
    """A reprisal word (the lexicon's "reprisal" class) whose "by" means lays a levy, or that
    is aimed at one ("retaliated against U.S. duties")."""
    head = match.head
    if head.lemma_.lower() not in REPRISALS:
        return False
    means = [c for p in head.children if p.lower_ == "by" for c in p.children if c.pos_ == "VERB"]
    levied = [o for m in means for o in m.children if o.dep_ == "dobj" and _levy(o)]
    return bool(levied) or any(map(_levy, pobjs(head, ANSWERED_PREPS)))


def _levy(token: Token) -> bool:
    return token.lemma_.lower() in LEVIES
