"""A truce or an accord that is only the object of keeping or watching it.

"urged both sides to respect last year's ceasefire", "offered to help monitor any truce",
"told commanders to observe the ceasefire": the ceasefire is the thing kept or watched, not a
new one called (PLOVER's RETREAT is the act of declaring or making it). The README codes an
act that is only the object of another act once, where it happens; the verb of regard
(`terms_regard` of event_words.tsv) is no light verb that would tell the noun's act.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch

KEPT_TERMS = words("event_words.tsv", "kept_terms")  # ceasefire, truce, accord, talks ...
REGARD = words("event_words.tsv", "terms_regard")  # respect, observe, monitor, uphold ...


def kept_terms(match: TriggerMatch) -> bool:
    """A ceasefire or accord noun that is the direct object of a verb of keeping or watching."""
    noun = match.head
    if not match.nominal or noun.lower_ not in KEPT_TERMS or noun.dep_ != "dobj":
        return False
    return noun.head.lemma_.lower() in REGARD
