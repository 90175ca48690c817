"""Descriptions of a person that the sentence itself says whom they name.

"the White House press secretary, Josh Earnest, said": a title followed by its comma and a
name the parse hangs on it as an apposition is that person, so the events the title takes part
in name the person, and the actor list shows one person, not a description beside a name.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.candidates import Candidate
from eventwire.model import ActorType, MentionKind


def appositive_name(phrase: Span, candidates: list[Candidate]) -> int | None:
    """The start of the person named in apposition right after the title and its comma, or
    None. The parse must hang the name on the title's head ("the nominee, Mike Pence,"), and a
    name in a list ("the candidates, Trump and Clinton") names more than the title does."""
    doc = phrase.doc
    if phrase.end >= len(doc) or doc[phrase.end].text != ",":
        return None
    for candidate in candidates:
        if candidate.kind != MentionKind.NAME or candidate.type != ActorType.PERSON:
            continue
        span = doc.char_span(candidate.start, candidate.end)
        if span is None or span.start <= phrase.end:
            continue
        root = span.root
        listed = any(child.dep_ == "conj" for child in root.children)
        if root.dep_ == "appos" and root.head == phrase.root and not listed:
            return candidate.start
    return None
