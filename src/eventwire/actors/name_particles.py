"""A person's name with a lower-case particle ("Daniel arap Moi", "Ali bin Osman"): NER may
end the name at the particle and tag the surname apart (or as an organisation), but a name
never ends with a particle, so the capitalised words after it are still the same name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.lexicons import word_set


def through_name_particle(span: Span) -> Span:
    """The name carried on through the particles at its end to the capitalised word after."""
    doc, end = span.doc, span.end
    while end < len(doc) and _particle(doc[end]):
        end += 1
    at_seam = _particle(span[-1]) or end > span.end
    if not at_seam or end >= len(doc) or not (doc[end].is_title and doc[end].pos_ == "PROPN"):
        return span
    return doc[span.start : end + 1]


def _particle(token: Token) -> bool:
    """A lower-case name particle ("arap", "bin", "van"), not a capitalised word ("Van")."""
    return token.is_lower and token.lower_ in word_set("name_particle")
