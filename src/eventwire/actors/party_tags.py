"""The party-and-state tag US news writes after a member of Congress's name: "Trey Gowdy
(R-S.C.)", "said Sen. Lee Kim, D-Md.". It says the person sits in Congress for that state, so
with no title of their own, or one any body has ("Chairman X (R-Ohio)" chairs a committee, not
a firm), they are a US legislator (LEG)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from eventwire.actors.phrases import code
from eventwire.codes import division_countries
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.nlp import doc_text
from eventwire.place_codes import place_aliases
from eventwire.sectors import LEGISLATORS

TAGGING_COUNTRY = "USA"  # only US news writes the tag
OPENERS = {"(", ","}
MAX_TAG_CHARS = 24  # "D-Massachusetts"
TAG = re.compile(r"([A-Z])\s?-\s?([A-Z][A-Za-z. ]*?)\s*(?=[),;]|$)")


def congress_tag(span: Span) -> tuple[Code, Code] | None:
    """The (country, sector) a party-and-state tag right after the name gives: the state's
    country and LEG; None when no tag of a party letter and a state follows."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text not in OPENERS:
        return None
    start = doc[span.end + 1].idx
    text = doc_text(doc)[start : start + MAX_TAG_CHARS]
    match = TAG.match(text)
    if match is None or match.group(1).lower() not in word_set("party_tag_letter"):
        return None
    if not _us_state(match.group(2).strip()):
        return None
    first, last = start + match.start(2), start + match.end(2)
    country = code(doc, TAGGING_COUNTRY, first, last)
    return country, code(doc, LEGISLATORS, start, start + match.end())


def _us_state(name: str) -> bool:
    """ "S.C.", "Md.", "Texas": a US state by its AP abbreviation or its name."""
    state = place_aliases().get(name, name).removesuffix(" State")
    return TAGGING_COUNTRY in division_countries().get(state, frozenset())
