"""The relative clause a "whose" opens.

"Iran, whose leaders have called for talks", "Iran, whose plan Israel condemned": "whose"
stands before the clause it opens, which the parse hangs (as `relcl`) on the noun "whose"
stands for. Both the actors stage (a group's owner) and the events stage (a side named by
"whose") read that clause, so the rule reads only the parse.
"""

from __future__ import annotations

from spacy.tokens import Token


def whose_clause(whose: Token) -> Token | None:
    """The relative clause (`relcl` verb) "whose" opens: the nearest one above it, provided
    "whose" stands before that clause's verb (a clause whose verb comes first is not the one
    it opens); None where there is none."""
    clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
    return clause if clause is not None and whose.i < clause.i else None
