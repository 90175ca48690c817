"""The named examples that tell who a plural description is: "candidates like Donald Trump",
"leaders such as Paul Ryan", "allies like Germany and Japan".

A bare plural ("candidates", "allies") names no one and often no country; the names it gives
as examples are the parties the sentence means, so an act aimed at "candidates like Trump" is
aimed at Trump, as one aimed at "a staffer named Smith" is aimed at Smith (`given_names`).
Only names count as examples: "leaders like him" or "states like this" keep their head.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.phrase_links import coordinated
from eventwire.parse.plurals import PLURAL_NOUN_TAGS

EXAMPLE_PREPS = {"like"}  # "candidates like Trump"
SUCH = "such"  # "leaders such as Ryan": "as" with "such" on it


def named_examples(head: Token) -> list[Token]:
    """The names a plural common noun gives as its examples, each of a list ("allies like
    Germany and Japan"); none for a name or a singular noun ("a leader like Putin" is
    compared, not named)."""
    if head.pos_ != "NOUN" or head.tag_ not in PLURAL_NOUN_TAGS:
        return []
    preps = [c for c in head.children if c.dep_ == "prep" and _example_prep(c)]
    names = [t for p in preps for c in p.children if c.dep_ == "pobj" for t in coordinated(c)]
    return [t for t in names if t.pos_ == "PROPN"]


def _example_prep(prep: Token) -> bool:
    """ "like", or "as" opened by "such"."""
    if prep.lower_ in EXAMPLE_PREPS:
        return True
    return prep.lower_ == "as" and any(c.lower_ == SUCH for c in prep.children)
