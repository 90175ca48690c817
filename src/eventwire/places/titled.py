"""Names after a personal title are people, whatever the gazetteer says.

"(President) Kennedy", "Sen. Warren", "Mr. Houston": NER and the gazetteer both know these
words as towns, but a title before a name makes it a person, and so it does before a full
name a village happens to bear ("President Thabo Mbeki"). The titles are
eventwire's one-word roles (`roles.tsv`) and courtesy titles (`word_lists.tsv`).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from eventwire.codes import one_word_titles
from eventwire.lexicons import word_set

BRACKETS = {"(", ")", "[", "]"}
MAX_NAME_WORDS = 3  # "Thabo Mbeki", "Salim Ahmed Salim"; longer spans are no one's name


@cache
def titles() -> frozenset[str]:
    """One-word titles, lower case, without a full stop ('sen', 'president', 'mr')."""
    roles = {title.rstrip(".") for title in one_word_titles()}
    return frozenset(roles | word_set("honorific"))


def after_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at [start, end) follows a title, brackets aside."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) > MAX_NAME_WORDS:
        return False
    at = span.start - 1
    while at >= 0 and doc[at].text in BRACKETS:
        at -= 1
    return at >= 0 and doc[at].is_title and doc[at].lower_.rstrip(".") in titles()
