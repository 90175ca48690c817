"""Co-actors named by "jointly with X", "together with X": X takes part in the act as a doer."""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_DEPS = {"advcl", "relcl", "ccomp", "xcomp", "conj", "parataxis"}


def joint_partners(head: Token) -> list[Token]:
    """ "jointly with X", "together with X": X takes part as a co-actor."""
    found = []
    for token in _clause(head):
        if token.lower_ == "with" and token.dep_ == "prep":
            siblings = {c.lower_ for c in token.head.children}
            siblings |= {token.doc[token.i - 1].lower_} if token.i else set()
            if siblings & {"jointly", "together"}:
                found.extend(c for c in token.children if c.dep_ == "pobj")
    return found


def _clause(head: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """The head's tokens without its embedded clauses (their roles are their own)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS and child.dep_ not in skip:
            tokens.extend(_clause(child))
    return tokens
