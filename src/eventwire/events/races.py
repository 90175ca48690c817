"""Beating told as winning: "was likely to beat him" in a campaign story, "beat out other
cities competing to host", "getting beaten in the upper Midwest" beside a matchup.

The headline rule in `sense.py` needs two names around the verb; in running text the race is
told in the clause or the sentence next to it, and "beat out" always outdoes. A beating
stays violence when a wound, weapon or death is told nearby.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

OUTDO = words("event_words.tsv", "outdo")
VIOLENCE = words("event_words.tsv", "violence")
RACE_WORDS = words("event_words.tsv", "contest") | words("event_words.tsv", "rivalry")


def race_won_nearby(match: TriggerMatch) -> bool:
    """An outdo verb ("beat", "trounce") with a race told in its sentence or the next or
    previous one, or with the particle "out", and no violence told there, wins a race."""
    head = match.head
    if match.nominal or match.code.type != "ASSAULT" or head.lemma_.lower() not in OUTDO:
        return False
    nearby = _nearby(head)
    if _mentions(nearby, VIOLENCE):
        return False
    beat_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return beat_out or _mentions(nearby, RACE_WORDS)


def _nearby(head: Token) -> list[Token]:
    """The tokens of the trigger's sentence and of the sentences before and after it."""
    doc, sent = head.doc, head.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    return list(doc[before.start : after.end])


def _mentions(tokens: list[Token], vocabulary: frozenset[str]) -> bool:
    return any({t.lower_, t.lemma_.lower()} & vocabulary for t in tokens)
