"""When a word of vague time ('the future', 'now', 'previously') refers to no time.

TIMEX3 marks such a word only where it refers to a time (the TimeML and TIDES guidelines), and
the parse tells the other uses apart:
- "the future of NATO", "the future looks bleak" name a thing's prospects (it has an owner, or
  it is the subject of a clause), where "in the future" and "worried about the future" name a
  time to come. A complement of a noun is not told apart: the small model hangs "in the future"
  off nouns too;
- the adjective "future" places a thing in time only on a noun of time ("future quarters");
  "future restructuring", "future efforts" name plans;
- an adverb inside a participle that describes a noun ("the previously reported range", "suits
  previously filed") describes the thing, not when the clause's event happened;
- "Now," opening a sentence is a discourse marker (a change of topic), not the present;
- "current" in a term of accounts ("the current account deficit") is no time.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.lexicons import word_set
from eventwire.parse.deps import PARTICIPLE_MODIFIER_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.times.timex import UNITS

FORTUNE_NOUNS = {"future"}  # nouns of vague time that also name a thing's fortunes
UNIT_NOUNS = {*UNITS, *(f"{unit}s" for unit in UNITS), "centuries", "date", "dates"}
VAGUE_ADVERBS = {"previously", "recently", "formerly", "currently", "lately"}


def names_no_time(span: Span) -> bool:
    """The span's vague time word is used as something other than a time."""
    head = span.root
    word = head.lower_
    if word in FORTUNE_NOUNS and head.pos_ == "NOUN":
        return _prospects(head)
    if word == "future" and head.pos_ == "ADJ":
        return head.head.lower_ not in UNIT_NOUNS
    if word in VAGUE_ADVERBS:
        return head.head.dep_ in PARTICIPLE_MODIFIER_DEPS
    if word == "current" and head.i + 1 < len(head.doc):
        return head.nbor(1).lower_ in word_set("current_term")
    return word == "now" and _discourse_marker(head)


def _prospects(noun: Token) -> bool:
    """'the future of NATO' (it has an owner), 'the future looks bleak' (it acts)."""
    owned = any(child.dep_ == "prep" and child.lower_ == "of" for child in noun.children)
    return owned or noun.dep_ in SUBJECT_DEPS


def _discourse_marker(word: Token) -> bool:
    """'Now, following asset sales, …': first in its sentence and set off by a comma."""
    after = word.nbor(1) if word.i + 1 < len(word.doc) else None
    return bool(word.is_sent_start) and after is not None and after.text == ","
