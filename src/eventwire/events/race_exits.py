"""A candidate leaving a race yields to no one: "dropped out of the race", "ended her bid",
"suspended his campaign" tell an exit that coders code as no event unless the text names
to whom the candidate yields ("conceded to Clinton", "dropped out and endorsed Cruz" codes
the endorsement). Resigning a post ("resigned as chairwoman") stays a concession of office.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.deps import VERB_PARTICLE_DEPS
from eventwire.parse.forms import in_words

RACES = words("event_words.tsv", "race_run") | words("event_words.tsv", "race_bid")
STEPPING_DOWN = "0831"  # CAMEO: a leader steps down (PLOVER CONCEDE)


def leaves_race(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """A verb of stepping down whose object, or "out of" object, is a race or a bid, or that
    is a bare "drop out"/"bow out", with no one named as the one yielded to."""
    if match.nominal or match.code.cameo != STEPPING_DOWN:
        return False
    verb = match.head
    races = [t for t in _left(verb) if _is_race(t)]
    if any(not _sought(p, races) for p in recipients):
        return False
    return _out(verb) or bool(races)


def _sought(recipient: Participant, races: list[Token]) -> bool:
    """ "ended his bid for the White House", "quit the race for the Senate": the office a
    race is for is what was sought, not a party yielded to."""
    offices = [o for race in races for o in pobjs(race, {"for"})]
    return recipient.mention is not None and any(
        o.left_edge.idx <= recipient.mention.start < o.right_edge.idx + len(o.right_edge)
        for o in offices
    )


def _left(verb: Token) -> list[Token]:
    """What the verb leaves: its object and the objects of "of" and "from"."""
    left = pobjs(verb, word_set("left_preposition"))
    return objects(verb) + left


def _out(verb: Token) -> bool:
    """ "dropped out", "bowed out": the particle "out" with no object left outside a race."""
    outs = [c for c in verb.children if c.dep_ in VERB_PARTICLE_DEPS and c.lower_ == "out"]
    left = _left(verb) + [t for o in outs for t in pobjs(o, {"of"})]
    return bool(outs) and all(_is_race(t) for t in left)


def _is_race(token: Token) -> bool:
    return in_words(token, RACES)
