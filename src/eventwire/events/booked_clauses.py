"""Legal acts told in a time clause: "hours after the staffer was charged with battery",
"days before he was arrested".

A clause of time with a subject of its own reports an act that happened, not the content of
the main act, and a legal act is news even when its doer goes unnamed: only the state's police,
prosecutors and courts arrest, charge or indict. So a past passive of booking ("was charged",
"had been arrested") in such a clause is coded as an act of its own, where other acts with no
doer named stay the background of the main one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words

TIME_MARKS = words("event_words.tsv", "background") | {"when", "until", "once"}
BOOKING = words("event_arguments.tsv", "booking")  # arrest, charge, indict, summon
PAST_AUX = {"was", "were", "had"}  # "was charged", "had been arrested": told as past fact


def booked_clause(verb: Token) -> bool:
    """Whether the verb tells a past passive of booking done to the subject of its time
    clause ("after the staffer was charged")."""
    if verb.lemma_.lower() not in BOOKING or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in verb.children):
        return False
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST_AUX for c in verb.children)
