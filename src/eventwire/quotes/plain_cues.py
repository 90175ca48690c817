""" "Made it clear that …": making a clause known or plain (`made_plain_adjective` in
`lexicons/word_lists.tsv`) reports it for the subject of "make", as "said that …" would.

The parser hangs the that-clause on the adjective ("clear … advcl continue") or on "make", and
"make" is no reporting verb by itself ("made a deal"), so these cues are read apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.lexicons import word_set
from eventwire.parse.nlp import tokens
from eventwire.parse.quotemarks import inside
from eventwire.parse.tags import VERB_POS
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import end_of, trim
from eventwire.quotes.speakers import subject_of

PREDICATES = {"ccomp", "oprd", "acomp", "xcomp", "dobj"}
CLAUSES = {"ccomp", "advcl", "csubj"}


def find_plain_cues(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every "made (it) clear/known that …" outside quotation marks with a subject."""
    cues = []
    for token in tokens(doc):
        if token.lemma_.lower() != "make" or token.pos_ not in VERB_POS:
            continue
        if inside(quotes, token.idx) or (adjective := _plain(token)) is None:
            continue
        clause, speaker = _clause(token, adjective), subject_of(token)
        if clause is not None and speaker is not None:
            content = trim(doc, clause.left_edge.idx, end_of(clause.right_edge))
            cues.append(Cue(token, (token.idx, end_of(adjective)), speaker, content))
    return cues


def _plain(make: Token) -> Token | None:
    for child in make.children:
        if child.dep_ in PREDICATES and child.lemma_.lower() in word_set("made_plain_adjective"):
            return child
    return None


def _clause(make: Token, adjective: Token) -> Token | None:
    """The that-clause after the adjective, under it or under "make"."""
    for child in [*adjective.children, *make.children]:
        if child.dep_ in CLAUSES and child.pos_ in VERB_POS and child.i > adjective.i:
            return child
    return None
