"""Acts asked about, not told: "How fiercely will she attack?", "Who's demanding that he run?".

A sentence that asks whether, how or who does an act is a question (a story's subhead, a
rhetorical turn), no report that the act happened or was announced.
"""

from __future__ import annotations

from eventwire.events.patterns import TriggerMatch


def asked_about(match: TriggerMatch) -> bool:
    """The trigger is the main verb of a sentence that ends in a question mark."""
    head = match.head
    last = [t for t in head.sent if not t.is_space and not t.is_quote]
    joined = any(c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} for c in head.children)
    asked = bool(last) and last[-1].text == "?" and not joined  # not "he talks, but what is ...?"
    return not match.nominal and head.dep_ == "ROOT" and asked
