"""Papers, accounts and prospects destroyed: no coercion of anyone.

PLOVER codes destroying property as coercion of its owners ("burned the village", "demolished
homes"). "burned his U.S. passport", "used to destroy classified documents", "burn up their
email accounts": a record, a document or an account destroyed harms no party; nor does
"destroying the party's chance to win" or "destroyed his credibility", a prospect or standing
ruined in words, nor "destroying the Republican Party" where no violence is told: a political
body ruined in words. What is destroyed is read from the verb's object or its passive subject.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.told_violence import tells_violence
from eventwire.events.verb_arguments import objects

RECORDS = words("event_words.tsv", "record")  # documents, passport, emails, account
PROSPECTS = words("event_words.tsv", "prospect")  # chance, hopes, credibility, career
# party, movement, union; an armed force destroyed ("the militia") is no body ruined in words
BODIES = words("event_words.tsv", "dissolvable") - words("event_words.tsv", "armed_force")
RUINED_IN_WORDS = RECORDS | PROSPECTS
DESTROY = "destroy"  # the trigger mode of destroying property


def destroys_records(match: TriggerMatch) -> bool:
    """A destroying verb whose objects are all records or prospects, or all political bodies
    in a sentence that tells no violence."""
    if match.code.mode != DESTROY or match.nominal:
        return False
    head = match.head
    destroyed = objects(head) + [c for c in head.children if c.dep_ == "nsubjpass"]
    if not destroyed:
        return False
    lemmas = [t.lemma_.lower() for t in destroyed]
    if all(lemma in RUINED_IN_WORDS for lemma in lemmas):
        return True
    return all(lemma in BODIES for lemma in lemmas) and not tells_violence(head)
