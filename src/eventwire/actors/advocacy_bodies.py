"""A research body named for a cause it defends ("National Human Rights Institute", "Institute
for Civil Liberties") watches over others' conduct: an advocacy group (NGO), not the school
(EDU) that "institute" alone names. Think tanks named for a field stay EDU, as the known-actor
table codes them ("Cato Institute", "Urban Institute")."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.sectors import ADVOCACY, RESEARCH


def advocacy_sector(span: Span, sector: Code | None) -> Code | None:
    """NGO for an EDU body whose name holds a cause's word, else the sector given."""
    if sector is None or sector.value != RESEARCH:
        return sector
    if not any(t.lower_ in word_set("advocacy_cause") for t in span):
        return sector
    return sector.model_copy(update={"value": ADVOCACY})
