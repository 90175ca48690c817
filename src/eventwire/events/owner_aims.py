"""Act nouns told between two named parties: "his criticism of Romney", "the Jewish leaders'
meeting with Mr. Obama", "Hulk Hogan's lawsuit against Gawker Media".

A noun whose owner is the doer read and whose prepositional object is the target read tells one
particular act between them, whatever else the sentence does with it: named in passing ("a
backer of Hogan's lawsuit against Gawker"), as the setting of another act ("given his criticism
of Romney") or as what another act recounts ("described the leaders' meeting with Obama").
A noun with no owner, or whose object is a thing ("his attacks on her record"), keeps its other
readings (`scene_nouns`, `nonacts`); so does an attitude held toward someone ("his long
opposition to Trump", "his dislike for the establishment"): no act done at one time.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant

ATTITUDES = words("event_words.tsv", "attitude")  # opposition, dislike, distaste ...


def told_between_sides(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """Whether the act noun's owner is read as its doer and its prepositional object as its
    target: the noun's own phrase names both parties."""
    if not match.nominal or match.head.lemma_.lower() in ATTITUDES:
        return False
    noun = match.head
    owners = [c for c in noun.children if c.dep_ == "poss"]
    objects = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return _read_from(owners, actors) and _read_from(objects, recipients)


def _read_from(words: list[Token], sides: list[Participant]) -> bool:
    """A side whose mention is one of the words' own phrase."""
    return any(side.covers(t.idx) for word in words for t in word.subtree for side in sides)
