"""Quoted passages grouped into quotes, and the span arithmetic the quote finder uses.

Kept apart from `quotes.extract` so that the finder's rules stay within one readable file.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from eventwire.parse.deps import PREP_OBJECT_DEPS
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import BACKTICKS, TYPEWRITER

Range = tuple[int, int]
EDGE_PUNCT = " \t\n,;:.—–-"
OPENING = '“«„"‘'


@dataclass
class QuoteGroup:
    """Quoted passages that form one quote (continued over paragraphs, or split by a cue)."""

    spans: list[Range]

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]

    @property
    def span(self) -> Range:
        return self.start, self.end


def inner(text: str, group: QuoteGroup) -> Range:
    """The quote without its outer marks (a quote left open runs to its paragraph's end)."""
    start, end = group.start, group.end
    if text.startswith((TYPEWRITER, BACKTICKS), start):
        start += len(TYPEWRITER)
    elif text[start] in OPENING:
        start += 1
    if text.endswith(TYPEWRITER, start, end):
        end -= len(TYPEWRITER)
    elif text[end - 1] in '”»"’“' and end - 1 > start:
        end -= 1
    return start, end


def overlaps(a: Range, b: Range) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def contains(outer: Range, inside: Range) -> bool:
    """`outer` holds `inside` and says more besides (a quoted fragment inside a clause)."""
    return (
        outer[0] <= inside[0]
        and inside[1] <= outer[1]
        and (outer[1] - outer[0]) > (inside[1] - inside[0] + 2)
    )


def distance(span: Range, group: QuoteGroup) -> int:
    if span[1] <= group.start:
        return group.start - span[1]
    return max(0, span[0] - group.end)


def end_of(token: Token) -> int:
    return token.idx + len(token)


def trim(doc: Doc, start: int, end: int) -> Range:
    """Narrow a character range so it neither starts nor ends on punctuation or space."""
    text = doc_text(doc)
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return start, end


def particle_object(particle: Token) -> Range | None:
    """ "called for the repeal of the law", "critical of the plan", "doubts about the deal":
    what follows a cue's preposition is its content."""
    objects = [c for c in particle.children if c.dep_ in PREP_OBJECT_DEPS]
    if particle.dep_ != "prep" or not objects:
        return None
    return trim(particle.doc, objects[0].left_edge.idx, end_of(objects[0].right_edge))
