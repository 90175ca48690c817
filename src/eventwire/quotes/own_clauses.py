"""Cues in a clause of their own below another cue: "Lee is reassuring voters he can win
after a farmer told him he is “too soft”", "Fans jeered, and when Ono waved, a man shouted
“…”". A clause opened by a subordinating conjunction ("after", "when", "because") says when
or why, and a conjoined clause with its own subject says something else; neither is what the
outer speaker reports, though the parse hangs it inside the outer cue's clause: a cue there
whose subject stands in that clause speaks for itself."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass"}
COMPLEMENTIZERS = {"that", "whether"}
ASIDES = {"—", "–", "--", "("}  # open a parenthetical "— and Y believes —"


def own_clause(inner: Token, outer: Token) -> bool:
    """`inner` (a cue) and its subject stand in an adverbial or conjoined clause on the verb
    `outer`."""
    subject_seen = False
    for token in [inner, *inner.ancestors]:
        if token.i == outer.i:
            return False
        subject_seen = subject_seen or any(c.dep_ in SUBJECTS for c in token.children)
        if token.head.i == outer.i:
            return subject_seen and (_opens_adverbial_clause(token) or _own_conjunct(token))
    return False


def _opens_adverbial_clause(verb: Token) -> bool:
    """The head verb of a clause opened by a subordinating conjunction or "when"."""
    return verb.dep_ == "advcl" and any(
        (c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ not in COMPLEMENTIZERS)
        or c.tag_ == "WRB"
        for c in verb.children
    )


def _own_conjunct(verb: Token) -> bool:
    """A conjoined verb that is no aside and shares no complement of its head after it."""
    later = [c for c in verb.head.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i]
    opening = verb.doc[max(0, verb.left_edge.i - 2) : verb.left_edge.i]
    aside = any(t.text in ASIDES for t in opening)
    return verb.dep_ == "conj" and not later and not aside
