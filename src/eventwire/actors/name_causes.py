"""The sector an unknown organisation's name gives by the cause it names, when its head noun
gives none: a movement or front "for the Liberation of" a land is an armed movement (REB), and
an association named for rights or liberties ("Human Rights Defenders Coalition") is an
advocacy group (NGO). Known bodies keep the table's codes ("Palestine Liberation Organization")."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.sectors import ADVOCACY, REBELS


def cause_sector(span: Span) -> Code | None:
    """REB for a name holding an armed movement's word, NGO for an association named for a
    cause; None otherwise."""
    armed = next((t for t in span if t.lower_ in word_set("armed_name_word")), None)
    if armed is not None:
        return code(span.doc, REBELS, armed.idx, armed.idx + len(armed))
    if span.root.lower_ not in word_set("association_head"):
        return None
    cause = next((t for t in span if t.lower_ in word_set("advocacy_cause")), None)
    return code(span.doc, ADVOCACY, cause.idx, cause.idx + len(cause)) if cause else None
