"""Acts asked about, not told: "How fiercely will she attack?", "Who's demanding that he run?".

A sentence that asks whether, how or who does an act is a question (a story's subhead, a
rhetorical turn), no report that the act happened or was announced.
"""

from __future__ import annotations

from eventwire.events.lexicon import speaks, words
from eventwire.events.patterns import TriggerMatch

PRESS_REPLIES = words("event_words.tsv", "press_reply")  # "asked to comment": a question


def asked_about(match: TriggerMatch) -> bool:
    """The trigger is the main verb of a sentence that ends in a question mark."""
    head = match.head
    last = [t for t in head.sent if not t.is_space and not t.is_quote]
    joined = any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in head.children)
    asked = bool(last) and last[-1].text == "?" and not joined  # not "he talks, but what is ...?"
    return not match.nominal and head.dep_ == "ROOT" and asked


def press_question(match: TriggerMatch) -> bool:
    """ "Asked to describe the rifle, the minister said ...", "When asked about the delay,
    she said": "asked" as a participle with no asker of its own, set to the words its subject
    answers with, is a reporter's question, not a request of an act ("Asked by the UN to
    withdraw, Russia refused" names who asked, and stays a request)."""
    head = match.head
    if match.nominal or head.lemma_.lower() != "ask" or (head.tag_, head.dep_) != ("VBN", "advcl"):
        return False
    asker = any(c.dep_ == "agent" for c in head.children)
    asked = [c for c in head.children if c.dep_ == "xcomp"]
    words_asked = all(speaks(a) or a.lemma_.lower() in PRESS_REPLIES for a in asked)  # not "leave"
    return not asker and words_asked and speaks(head.head)
