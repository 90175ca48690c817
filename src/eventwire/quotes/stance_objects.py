"""A stance on a named party: "praised Putin", "endorsed Sanders", "rebuked Ortega".

An indirect quote needs some words of content (one word is mostly a misparse or a pronoun),
but a stance verb's object that is a proper name is the whole of what the speaker took a
position on: PolNeAR annotates it, and the actor layer reads the stance's target from it.
"""

from __future__ import annotations

from eventwire.parse.cue_rows import cue_class
from eventwire.quotes.cues import Cue

STANCES = {"stance"}  # the classes of `cue_verbs.tsv` that take a position on an object


def names_a_party(cue: Cue) -> bool:
    """The cue takes a stance, and its content is its object, a single proper name."""
    if cue.content is None or cue_class(cue.token) not in STANCES:
        return False
    objects = [c for c in cue.token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return any((o.idx, o.idx + len(o)) == cue.content for o in objects)
