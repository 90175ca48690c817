"""The dash marks, as spaCy cuts them into tokens of their own.

A dash standing apart parts a name from its source ("Kyodo - Japan", the actors' phrases) or
sets off an aside ("If talks fail — Mr. Green warned — farmers plan to leave", read by the
events' modality scope and the quotes' own clauses); those readers read the marks defined once
here. A plain hyphen is one of them only where it stands apart: joined, it makes a compound
(`hyphens`), so a reader of the words just before a clause leaves it out.
"""

from __future__ import annotations

from eventwire.parse.hyphens import HYPHENS

DASHES: frozenset[str] = HYPHENS | {"—", "--"}  # -, en dash, em dash, a typed double hyphen
ASIDE_DASHES: frozenset[str] = DASHES - {"-"}  # open a parenthetical: "— and Y believes —"
