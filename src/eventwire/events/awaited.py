"""Acts a statement waits for: "the protests would continue until the government backed down",
"vowed to keep marching until the decree is withdrawn". An "until" clause under an act that is
still to come (a would/will verb, an infinitive of intent) names the condition for stopping it,
not an act that happened; the past tense there is only the sequence of tenses.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.patterns import TriggerMatch
from eventwire.lexicons import word_set
from eventwire.parse.deps import COMPLEMENT_DEPS

AWAITING_MARKS = {"until", "till"}
FUTURE_AUX = word_set("awaited_aux")  # would, will, 'll, shall, to


def awaited(match: TriggerMatch) -> bool:
    """The trigger's verb heads an "until" clause under an act still to come."""
    head = match.head
    if match.nominal or head.dep_ != "advcl":
        return False
    marked = any(c.dep_ == "mark" and c.lower_ in AWAITING_MARKS for c in head.children)
    return marked and _to_come(head.head)


def _to_come(verb: Token) -> bool:
    """A verb told as future or intended, itself or through the verb it completes ("vowed to
    keep blocking": "blocking" under "keep" under "to")."""
    for token in [verb, *list(verb.ancestors)[:2]]:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if token.dep_ not in COMPLEMENT_DEPS:
            return False
    return False
