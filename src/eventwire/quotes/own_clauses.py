"""Cues in a clause of their own below another cue: "Lee is reassuring voters he can win
after a farmer told him he is “too soft”", "Fans jeered, and when Ono waved, a man shouted
“…”". A clause opened by a subordinating conjunction ("after", "when", "because") says when
or why, and a conjoined clause with its own subject says something else; neither is what the
outer speaker reports, though the parse hangs it inside the outer cue's clause: a cue there
whose subject stands in that clause speaks for itself."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.dashes import ASIDE_DASHES
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.subjects import has_subject
from eventwire.parse.tags import WH_ADVERB_TAG
from eventwire.quotes.groups import Range, end_of, trim

COMPLEMENTIZERS = {"that", "whether"}
ASIDES = ASIDE_DASHES | {"("}  # open a parenthetical "— and Y believes —"


def own_clause(inner: Token, outer: Token) -> bool:
    """`inner` (a cue) and its subject stand in an adverbial or conjoined clause on the verb
    `outer`."""
    subject_seen = False
    for token in [inner, *inner.ancestors]:
        if token.i == outer.i:
            return False
        subject_seen = subject_seen or has_subject(token)
        if token.head.i == outer.i:
            return subject_seen and (_opens_adverbial_clause(token) or _own_conjunct(token))
    return False


def _opens_adverbial_clause(verb: Token) -> bool:
    """The head verb of a clause opened by a subordinating conjunction or "when"."""
    return verb.dep_ == "advcl" and any(
        (c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ not in COMPLEMENTIZERS)
        or c.tag_ == WH_ADVERB_TAG
        for c in verb.children
    )


def _own_conjunct(verb: Token) -> bool:
    """A conjoined verb that is no aside and shares no complement of its head after it."""
    later = [c for c in verb.head.children if c.dep_ in COMPLEMENT_DEPS and c.i > verb.i]
    opening = verb.doc[max(0, verb.left_edge.i - 2) : verb.left_edge.i]
    aside = any(t.text in ASIDES for t in opening)
    return verb.dep_ == "conj" and not later and not aside


def clause_below(inner: Token, outer: Token) -> Token | None:
    """The head of an adverbial clause, with its own subject and opened by a word that
    narrates when or despite what ("when", "although"), that holds the cue `inner` anywhere
    inside the report of `outer`: "X admitted it erred [when a doctor reported …]". A clause
    saying why or on what condition ("because", "if") is the outer speaker's reasoning, and
    a conjoined one often shares the outer speaker ("… and he feels he can win")."""
    if outer not in inner.ancestors:
        return None
    subject_seen = False
    for token in [inner, *inner.ancestors]:
        if token.i == outer.i:
            return None
        subject_seen = subject_seen or has_subject(token)
        if subject_seen and _narrating_clause(token):
            return token
    return None


def _narrating_clause(verb: Token) -> bool:
    narrating = word_set("narrating_subordinator")
    return verb.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in narrating for c in verb.children
    )


def cut_before_own_clauses(
    token: Token, content: Range | None, cues: Sequence[Token]
) -> Range | None:
    """A report that ends in a clause where another cue speaks for itself stops before that
    clause: PolNeAR gives the clause's words to its own speaker, not to the outer one."""
    if content is None:
        return None
    for inner in cues:
        clause = None if inner is token else clause_below(inner, token)
        if clause is None or not content[0] < inner.idx < content[1]:
            continue
        start = clause.left_edge.idx
        if content[0] < start and end_of(clause.right_edge) >= content[1]:
            content = trim(token.doc, content[0], start)
    return content
