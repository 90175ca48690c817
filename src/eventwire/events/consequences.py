"""Harm foretold as what another party will suffer is a threat by the one who foretells it.

" 'Eritrea has chosen war, and it will bear the consequences,' she said", "Beijing said Taipei
would pay a heavy price", "warned that the rebels will face the consequences": the clause's
subject is the one threatened and the speaker (the quote's, or the reporting verb's subject)
the one who threatens (CAMEO 130, THREATEN). Only the announced future is a threat: "the city
paid a heavy price in the war" tells harm done, and "will not face consequences" none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.cameo_codes import THREAT
from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.withheld import foretold, verb_phrase_in

if TYPE_CHECKING:  # the trigger search imports this module; the role reader imports it back
    from eventwire.events.participants import RoleReader

SUFFERED = words("event_words.tsv", "suffered")  # "bear consequence", "pay price"
SUFFERING = frozenset(phrase.split()[0] for phrase in SUFFERED)  # bear, pay: the verbs read
REPORTED = {"ccomp"}  # "said (that) Taipei would pay": the reported clause


def threatened_code(verb: Token) -> str | None:
    """THREATEN's code when the verb foretells that its subject will suffer for what it did."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    return THREAT if foretold(verb) and not negated and verb_phrase_in(verb, SUFFERED) else None


def threatened_sides(reader: RoleReader, verb: Token, cameo: str) -> Sides | None:
    """The one who foretells and the one who will suffer; None for any other trigger."""
    if cameo != THREAT or threatened_code(verb) is None:
        return None
    speaker = reader.speaker(verb)
    speakers = [speaker] if speaker is not None else []
    if not speakers and verb.dep_ in REPORTED:
        speakers = [p for s in verb.head.children if s.dep_ == "nsubj" for p in reader.phrase(s)]
    sufferers = [p for s in verb.children if s.dep_ == "nsubj" for p in reader.phrase(s)]
    return speakers, other_sides(speakers, sufferers)
