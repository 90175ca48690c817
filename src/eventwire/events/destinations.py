"""Where a thing is sent is not where its sender acts: "The Red Cross sent aid to Zimbabwe and
asked for funds" does not ask in Zimbabwe.

An act with no addressee takes the country where it happens, also from the verb it shares a
subject with (`act_places.location_targets`: "arrived in Paris and held talks"). The "to" or "into"
of a governing verb that moves a thing (its object names no one who can act: aid, goods,
letters) is that thing's destination; forces or envoys sent ("sent troops to Kosovo and
attacked") go there themselves and keep it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent

DESTINATION_PREPS = {"to", "into"}


def shared_places(verb: Token, head: Token, near: list[Token]) -> list[Token]:
    """The governing `verb`'s nearby words that tell where `head` happens too."""
    things = [c for c in verb.children if c.dep_ == "dobj" and not is_agent(c)]
    if verb.i == head.i or not things:
        return near
    return [t for t in near if not (t.head.i == verb.i and t.lower_ in DESTINATION_PREPS)]
