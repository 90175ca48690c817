"""A request named only as what an answer takes up: "a federal judge granted the group's
request for discovery", "the administration failed to honor repeated requests for security",
"has been unresponsive to the committee's requests".

The request was made before; the sentence tells the answer (the grant, the silence), and the
README codes an act that is only the object of another act once, where it is made. Verbs that
are answers of their own ("denied the request", "rejected the demands") already take the
request as their content (`scope`); these answer words are no event triggers, so the request
would stand alone. "received requests" is left alone: receiving tells the request made.
"""

from __future__ import annotations

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import governing_word
from eventwire.events.plover_types import REQUEST
from eventwire.parse.deps import PATIENT_DEPS

ANSWERS = words("event_words.tsv", "request_answer")  # grant, honor, heed, unresponsive ...
OBJECT_DEPS = PATIENT_DEPS  # "granted the request", "the request was granted"
ANSWER_PREPS = {"to", "with"}  # "unresponsive to", "complied with", "acceded to"


def answered_request(match: TriggerMatch) -> bool:
    """A request noun that an answer word takes as its object or its "to"/"with" phrase."""
    if not match.nominal or match.code.type != REQUEST:
        return False
    answer = governing_word(match.head, OBJECT_DEPS, ANSWER_PREPS)
    return answer is not None and answer.lemma_.lower() in ANSWERS
