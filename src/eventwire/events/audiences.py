"""A meeting that is only the audience of a speech: "Clinton told the AIPAC meeting in
Washington", "Sanders is speaking Thursday to the National Action Network conference",
"was scheduled to address a conference of evangelical leaders".

The speaker talks to a gathering; the sentence tells what was said (plain saying, no event by
the README), not a consultation between the speaker and other parties. A meeting that names
its partners ("told a town hall meeting with young leaders") is left as a meeting held.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.occasions import MEETING_PARTNER_PREPS
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import governing_word
from eventwire.events.plover_types import CONSULT
from eventwire.parse.deps import VERB_OBJECT_DEPS

ADDRESSING = words("event_words.tsv", "addressing")  # tell, address, speak, speech ...
AUDIENCE_DEPS = VERB_OBJECT_DEPS  # "told the meeting", "address a conference"
AUDIENCE_PREPS = {"to", "before"}  # "speaking to the conference", "a speech before the forum"


def spoken_to(match: TriggerMatch) -> bool:
    """A consultation noun that a word of speaking has as its audience, with no partner."""
    noun = match.head
    if not match.nominal or match.code.type != CONSULT or _partners(noun):
        return False
    speaker = governing_word(noun, AUDIENCE_DEPS, AUDIENCE_PREPS)
    return speaker is not None and speaker.lemma_.lower() in ADDRESSING


def _partners(noun: Token) -> bool:
    """ "a meeting with young leaders": the noun names those it is held with."""
    return any(c.dep_ == "prep" and c.lower_ in MEETING_PARTNER_PREPS for c in noun.children)
