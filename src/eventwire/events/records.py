"""Papers, accounts and prospects destroyed: no coercion of anyone.

PLOVER codes destroying property as coercion of its owners ("burned the village", "demolished
homes"). "burned his U.S. passport", "used to destroy classified documents", "burn up their
email accounts": a record, a document or an account destroyed harms no party; nor does
"destroying the party's chance to win" or "destroyed his credibility", a prospect or standing
ruined in words. What is destroyed is read from the verb's object or its passive subject.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.sense import objects

RECORDS = words("event_words.tsv", "record")  # documents, passport, emails, account
PROSPECTS = words("event_words.tsv", "prospect")  # chance, hopes, credibility, career
DESTROY = "destroy"  # the trigger mode of destroying property


def destroys_records(match: TriggerMatch) -> bool:
    """A destroying verb whose objects are all records or prospects."""
    if match.code.mode != DESTROY or match.nominal:
        return False
    head = match.head
    destroyed = objects(head) + [c for c in head.children if c.dep_ == "nsubjpass"]
    return bool(destroyed) and all(t.lemma_.lower() in RECORDS | PROSPECTS for t in destroyed)
