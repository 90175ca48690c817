"""Acronyms in brackets: "the Department of Mining (DOM)", "the Ministry of Foreign Affairs
(MFA)". The brackets right after an organisation's name say that the acronym is its short
name, also when NER cut the name short of the bracket ("Voters for Fairness and
Openness in Ohio (VFOO)"), or the acronym keeps a small word's letter ("of") or drops a
word ("Ministry of Trade and Industry of Ghana (MTI)"), which the exact-initials
rule of coreference does not accept.
"""

from __future__ import annotations

import re

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, ActorType

MAX_LEFT_OUT = 3  # words between a cut name and its bracket ("in Washington")


def bracketed_owner(
    text: str, candidate: Candidate, resolved: list[tuple[Candidate, Actor]]
) -> Actor | None:
    """The organisation whose name ends right before a bracket that holds the acronym, the
    candidate itself or an earlier one ("the Department of Mining (DOM) ... DOM officials")."""
    acronym = candidate.name.replace(".", "")
    if len(acronym) < 2 or not acronym.isalpha() or sum(c.isupper() for c in acronym) < 2:
        return None
    pattern = re.compile(rf"\(\s*{re.escape(candidate.name)}\s*\)")
    brackets = [m.start() for m in pattern.finditer(text, 0, candidate.end + 1)]
    for other, actor in resolved:
        if actor.type != ActorType.ORGANIZATION or other.end > candidate.start:
            continue
        opening = _bracket_after(text, other, brackets)
        if opening is not None:
            return actor if _spells(acronym, text[other.start : opening]) else None
    return None


def _bracket_after(text: str, named: Candidate, brackets: list[int]) -> int | None:
    """The bracket that opens right after the name, or after a few words that NER left out of
    it ("Voters for Fairness and Openness in Ohio (VFOO)"), with no punctuation."""
    for at in brackets:
        between = text[named.end : at].split()
        if at >= named.end and len(between) <= MAX_LEFT_OUT and all(w.isalpha() for w in between):
            return at
    return None


def _spells(acronym: str, name: str) -> bool:
    """The acronym's letters, in order, are initials of the name's words (all of them), or it
    starts with the name's initial and takes the rest from its syllables, in order ("Mission
    in Liberia (MINUL)")."""
    initials = [w[0].upper() for w in name.replace("-", " ").split() if w[:1].isalpha()]
    letters = iter(initials)
    if all(any(letter == c for letter in letters) for c in acronym.upper()):
        return True
    spelled = iter(name.upper())
    first = initials[:1] == [acronym[:1].upper()]
    return first and all(any(letter == c for letter in spelled) for c in acronym.upper())
