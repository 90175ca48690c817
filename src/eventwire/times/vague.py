"""When a word of vague time ('the future', 'now', 'current') refers to no time.

TIMEX3 marks such a word only where it refers to a time (the TimeML and TIDES guidelines): "in
the future" and "worried about the future" name a time to come, while "the future of NATO" and
"the future looks bleak" name a thing's prospects, which the annotators leave unmarked. The
parse tells them apart: prospects have an owner ('of NATO') or are the subject of a clause. A
complement of a noun is not told apart: the small model hangs "in the future" off nouns too.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# nouns of vague time that also name a thing's fortunes ('the future of NATO')
FORTUNE_NOUNS = {"future"}
SUBJECTS = {"nsubj", "nsubjpass"}


def names_no_time(span: Span) -> bool:
    """The span's vague time word is used as something other than a time."""
    head = span.root
    return head.lower_ in FORTUNE_NOUNS and head.pos_ == "NOUN" and _prospects(head)


def _prospects(noun: Token) -> bool:
    """'the future of NATO' (it has an owner), 'the future looks bleak' (it acts)."""
    owned = any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children)
    return owned or noun.dep_ in SUBJECTS
