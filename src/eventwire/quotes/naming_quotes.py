"""Quotes that a naming cue calls its object: "what the Times called a “rough week”"."""

from __future__ import annotations

from eventwire.parse.arguments import objects
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.tags import WH_TAGS
from eventwire.quotes.cues import Cue
from eventwire.quotes.groups import QuoteGroup


def names_it(cue: Cue, group: QuoteGroup) -> bool:
    """ "what the Times called a “rough week”", "Bannon, whom Beck called “a horrible human
    being”": the quote is what a naming cue calls an object that stands elsewhere (its
    relative pronoun), though the parse may hang the quote on another verb."""
    children = list(cue.token.children)
    named = objects(cue.token)
    relative = cue.token.dep_ in NOUN_CLAUSE_DEPS and not named
    if not relative and not any(c.tag_ in WH_TAGS for c in named):
        return False
    return any(c.dep_ == "oprd" and group.start <= c.idx < group.end for c in children)
