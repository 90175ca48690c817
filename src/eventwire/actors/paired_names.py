"""Two surnames joined by a hyphen ("the Obama-Clinton policy", "the Kerry-Lavrov talks"):
NER reads one person, but news joins two people it names elsewhere."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.hyphens import joins_word
from eventwire.actors.misread_people import person_spans
from eventwire.actors.name_checks import name_cased
from eventwire.actors.outlets import known_person_names


def paired_names(span: Span) -> list[Span]:
    """The two people of a hyphen pair, each a surname of another person the article names
    or of a known person; none for a hyphenated surname ("Wasserman-Schultz")."""
    if len(span) != 3 or not joins_word(span[1]):
        return []
    parts = [span[0:1], span[2:3]]
    if not all(name_cased(p.text) for p in parts):
        return []
    surnames = _surnames(span)
    return parts if all(p.text in surnames for p in parts) else []


def _surnames(pair: Span) -> set[str]:
    """Last words of the article's other person names and of known people's names."""
    others = [s for s in person_spans(pair.doc) if s.start != pair.start and len(s) > 1]
    known = {name.split()[-1] for name in known_person_names() if " " in name}
    return {s[-1].text for s in others} | known
