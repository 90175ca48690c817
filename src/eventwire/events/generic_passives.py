""" "Delegates are asked to rank their choices", "interviews are requested", "a fact is dismissed
as false when it doesn't fit": a present passive with no doer, said of a bare plural or of "a"
thing, states what is done as a rule, not an act the news reports; so it is for speech acts
too, which news otherwise tells in the present ("officials say"). A passive with its doer
("is backed by the unions"), of a particular party ("the senator is asked to resign") or under
"if" or "when" (a condition's present: "if a prosecution is not pursued") is left to the other
rules.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.generic_plurals import generic_plural
from eventwire.parse.tags import PARTICIPLE_TAG, PRESENT_TAGS

INDEFINITE = {"a", "an"}  # "a fact is dismissed": any fact
BARRED_DEPS = {"agent", "mark"}  # its doer; "if a prosecution is not pursued": a condition


def generic_passive(verb: Token) -> bool:
    """A present passive with no "by" doer whose subject is a bare plural or an "a" noun."""
    present = any(c.dep_ == "auxpass" and c.tag_ in PRESENT_TAGS for c in verb.children)
    if (
        verb.tag_ != PARTICIPLE_TAG
        or not present
        or any(c.dep_ in BARRED_DEPS for c in verb.children)
    ):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subjects) and all(_generic(s) for s in subjects)


def _generic(noun: Token) -> bool:
    """A bare plural with no name, or a noun with "a" or "an"."""
    if noun.ent_type_:
        return False
    return generic_plural(noun) or any(
        c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children
    )
