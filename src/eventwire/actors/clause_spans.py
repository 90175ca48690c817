"""Where a mention's subordinate clause lies: the characters of the nearest clause inside
another ("said she", "as he stood", "who met him") around a word, for the pronoun rules that
weigh whether an antecedent is embedded (`pronoun_salience`, `embedded_antecedents`)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.tags import NOUN_POS

EMBEDDED = {"ccomp", "advcl", "relcl", "pcomp", "acl"}  # a clause inside another, not "and he"


def clause_span(word: Token) -> str:
    """ "start-end" characters of the nearest subordinate clause around the word, or ""."""
    clause = next((a for a in word.ancestors if a.dep_ in EMBEDDED), None)
    if clause is None:
        return ""
    last = clause.right_edge
    return f"{clause.left_edge.idx}-{last.idx + len(last)}"


def in_noun_clause(word: Token) -> bool:
    """A subordinate clause around the word completes or describes a noun or name ("the view
    that Baker is weak", "Trump, who said a judge was biased"), however deep inside it the word
    stands: what such a clause says is the content of that noun, not the story's topic."""
    return any(
        a.dep_ in NOUN_CLAUSE_DEPS and a.head.pos_ in NOUN_POS
        for a in word.ancestors
        if a.dep_ in EMBEDDED
    )
