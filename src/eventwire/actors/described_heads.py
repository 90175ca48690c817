"""A country or state word before a noun the news knows one person by ("the New York
businessman", "the Texas billionaire") describes that person, not a group of the place.

The group finder reads "New York businessmen" as businesspeople of the United States; with
"the" and a singular noun of the known descriptions table (`known_descriptions.tsv`) the
phrase is a definite description of one person told before, which the title readers link
(`actors.known_descriptions`), or no one.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.known_descriptions import described_nouns
from eventwire.parse.tags import NOUN_TAG

SINGULAR_NOUN = NOUN_TAG


def describes_known_person(modifier: Span, heads: Span) -> bool:
    """ "the New York businessman": "the", a place word, and one singular noun that the table
    knows a person by."""
    doc = modifier.doc
    before = doc[modifier.start - 1] if modifier.start > 0 else None
    return (
        before is not None
        and before.lower_ == "the"
        and len(heads) == 1
        and heads[0].tag_ == SINGULAR_NOUN
        and heads[0].lower_ in described_nouns()
    )
