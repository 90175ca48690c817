"""Praise or blame of a figure: no act toward a party.

PLOVER codes praise and criticism of a party or of what a party did ("slammed his record",
"hailed Obama's jobs plan"). "Obama hailed the record streak", "praised the strong jobs
numbers": a figure, a count or a run of results that names no owner is no party, so the
verdict aims at no one and is no interaction. An owner ("Obama's numbers", "the numbers of
the campaign", "the data from the ministry") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM, PRAISE
from eventwire.events.lexicon import is_agent, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects

FIGURES = words("event_words.tsv", "figure")  # numbers, statistics, streak, ratings
VERDICT_CODES = {PRAISE, CRITICISM}  # CAMEO: praise, criticize
OWNER_PREPS = {"of", "by", "from"}


def _ownerless_figure(thing: Token) -> bool:
    """A figure with no possessor and no party as its "of"/"by"/"from" object ("the record
    streak", "a streak of sunny days"; not "the ratings of CNN")."""
    owners = [c for c in thing.children if c.dep_ == "poss"] + pobjs(thing, OWNER_PREPS)
    owned = any(map(is_agent, owners))
    return thing.lemma_.lower() in FIGURES and not owned


def judges_a_figure(match: TriggerMatch) -> bool:
    """A verb of praise or criticism whose object is a figure no party owns; a second object
    is the parse's reading of an apposition ("hailed the record streak 71 months of job
    growth"), which a verb of praise or blame never takes."""
    if match.nominal or match.code.cameo not in VERDICT_CODES:
        return False
    judged = objects(match.head)
    return bool(judged) and _ownerless_figure(judged[0])
