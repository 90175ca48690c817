"""A known body's full name that NER cut short ("the International Criminal Tribunal" of
"... for Rwanda", "... for the former Yugoslavia"): read on its own, the shorter name takes the
country named after "for", though the court belongs to no state. The known-actor table holds
the whole name, so the cut name is left for it to read."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def known_bodies(doc: Doc, matches: list[tuple[int, int, int]]) -> list[Span]:
    """The spans of known organisations' names and aliases among the known-name matches."""
    return [doc[start:end] for label, start, end in matches if doc.vocab.strings[label] == "ORG"]


def cut_short(span: Span, bodies: list[Span]) -> bool:
    """The span is a strict part of a known organisation's name."""
    return any(
        body.start <= span.start and span.end <= body.end and len(body) > len(span)
        for body in bodies
    )
