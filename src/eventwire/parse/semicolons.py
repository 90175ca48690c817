"""Clauses the parse joins across a semicolon.

"The farmers asked Smith to resign; Smith declined": the parser hangs the clause before the
semicolon under the verb after it (as its complement), but a semicolon joins two sentences,
so neither is what the other says or reports.
"""

from __future__ import annotations

from spacy.tokens import Token


def parted_by_semicolon(clause: Token) -> bool:
    """Whether a semicolon hung on the clause or on its head lies between the two."""
    head = clause.head
    low, high = sorted((clause.i, head.i))
    return any(t.text == ";" and t.head.i in {clause.i, head.i} for t in clause.doc[low:high])
