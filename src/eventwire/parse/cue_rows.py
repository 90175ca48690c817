"""Which row of `lexicons/cue_verbs.tsv` a verb reads as, with its particle.

A phrasal cue is its verb and its particle together: "pointed out" and "went on" report, while
"pointed" and "went" alone do not. A verb listed bare turns into another verb with a particle
the lexicon does not list for it: "the figures add up", "she showed up", "they wrote off the
debt" report nothing, though "add", "show" and "write" do. Every reader of cues asks here, per
token, so that neither quote finding nor the events stage takes "point", "fire" (of "fire
back") or "add up" for a reporting verb.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from spacy.tokens import Token

from eventwire.lexicons import read_table
from eventwire.parse.nlp import doc_memo

PARTICLE_DEPS = {"prt", "advmod", "prep", "dobj"}  # the parse's labels for a cue's particle
SAYING_CLASSES = frozenset({"speech", "address", "thought"})
"""The cue classes whose verbs introduce someone's words or views ("said", "told", "believes"),
as against those that commit, name or take a stance."""


@cache
def cue_lexicon() -> dict[str, frozenset[str]]:
    """Cue lemma → the particles it takes ("call" → {"for", "on"}, "put" → {"it"}); "" for
    the bare verb."""
    entries: dict[str, set[str]] = {}
    for row in read_table("cue_verbs.tsv"):
        lemma, _, particle = row[0].partition(" ")
        entries.setdefault(lemma, set()).add(particle)
    return {lemma: frozenset(particles) for lemma, particles in entries.items()}


@cache
def cue_classes() -> dict[str, str]:
    """Cue row ("tell", "call for") → its class (speech, address, commit, thought, evidence,
    stance, naming, phrase)."""
    return {row[0]: row[1] for row in read_table("cue_verbs.tsv")}


@cache
def bare_cues() -> frozenset[str]:
    """Cue rows that report only without an object ("“…,” she continued", "he went on")."""
    return frozenset(row[0] for row in read_table("cue_verbs.tsv") if row[2:3] == ("bare",))


class Reading(NamedTuple):
    """The lexicon row a verb reads as ("point out", "say") and its particle, if it has one."""

    row: str
    particle: Token | None


def cue_particle(token: Token) -> Token | None:
    """The listed particle after the verb ("out" of "pointed out"), if it has one."""
    reading = _reading(token)
    return reading.particle if reading is not None else None


def cue_row(token: Token) -> str | None:
    """The lexicon row the word reads as ("point out", "say"), or None where it is no cue."""
    reading = _reading(token)
    return reading.row if reading is not None else None


def cue_class(token: Token) -> str | None:
    """The class of the row the word reads as; None where it is no cue."""
    reading = _reading(token)
    return cue_classes()[reading.row] if reading is not None else None


def is_bare_cue(token: Token) -> bool:
    """A cue such as "continue" or "go on" that reports only when it stands alone."""
    reading = _reading(token)
    return reading is not None and reading.row in bare_cues()


def _reading(token: Token) -> Reading | None:
    """The row and particle the word reads as, scanned once per token and kept with its Doc:
    the stages ask it of the same verbs many times."""
    readings = doc_memo(token.doc, "cue_readings")
    try:
        return readings[token.i]  # one look-up where the word was read before
    except KeyError:
        readings[token.i] = reading = _read(token)
        return reading


def _read(token: Token) -> Reading | None:
    """The row and particle the word reads as; None where it is no cue: a phrasal cue without
    its particle, or a bare cue with a particle of another verb."""
    lemma = token.lemma_.lower()
    particles = cue_lexicon().get(lemma)
    if particles is None:
        return None
    found = [c for c in _particles(token) if c.lower_ in particles and c.i > token.i]
    if found:
        return Reading(f"{lemma} {found[0].lower_}", found[0])
    if "" not in particles or _other_particle(token, particles):
        return None
    return Reading(lemma, None)


def _other_particle(token: Token, particles: frozenset[str]) -> bool:
    """ "added up", "showed up": a particle after the verb that its rows do not list."""
    return any(
        c.dep_ == "prt" and c.i > token.i and c.lower_ not in particles for c in token.children
    )


def _particles(token: Token) -> list[Token]:
    """The verb's particle (an adverb to the parse in "shot back, “…”"), preposition or object;
    "as" also where the parse hangs it on the object ("see the dam as a threat")."""
    own = [c for c in token.children if c.dep_ in PARTICLE_DEPS]
    objects = [c for c in own if c.dep_ == "dobj"]
    return own + [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
