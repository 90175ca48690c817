"""An act named as the road not taken: "chose to stay quiet rather than challenging Trump",
"praised the ministers instead of criticizing them", "Rather than meet the rebels, the king
fled". The sentence says the other thing was done and this one was not, so it is negated.
"""

from __future__ import annotations

from spacy.tokens import Token

PASSED_OVER = {("rather", "than"), ("instead", "of")}  # the words that set an act aside
MARK_DEPS = {"mark"}  # how the parse hangs "than" on the verb it opens; an "instead of" or a
# "rather than" the verb governs sets aside another act or time ("praised X instead of ...",
# "chided X for ... instead of making a visit", "supporting Trump sooner rather than later")


def passed_over(chain: list[Token]) -> Token | None:
    """The "than" or "of" that sets the event's verb (or the verb it completes: "rather than
    try to meet") aside as the act not done, else None."""
    verb = chain[0]
    while True:
        marks = [c for c in verb.children if c.dep_ in MARK_DEPS]  # "Rather than meet"
        cue = next(filter(_sets_aside, [verb.head, *marks]), None)
        if cue is not None or verb.dep_ != "xcomp":
            return cue
        verb = verb.head


def _sets_aside(token: Token) -> bool:
    """A "than" after "rather" or an "of" after "instead"."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return (before.lower_, token.lower_) in PASSED_OVER
