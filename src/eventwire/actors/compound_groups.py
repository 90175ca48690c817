"""Groups modified by a hyphened participle: "Saudi-led forces", "U.S.-backed fighters".

The parser splits "Saudi-led" into "Saudi", "-" and "led"; the country rules keep "Saudi" as a
mention of its own (the leader or the backer is an actor too), so the group's span starts at
the participle. Readers still name the group with the whole compound. A force led by a
country is coded as that country's (as event datasets code "the U.S.-led coalition"); one
backed, funded or armed by it is not its own, and keeps the country the coding gives it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.codes import country_of
from eventwire.model import LED_BY, Code, Evidence
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import PAST_TAGS

PARTICIPLES = PAST_TAGS  # "led", "backed": tagged either way after a hyphen
FIRST_WORDS = {"PROPN", "ADJ"}  # "Saudi", "U.S.", "Iranian"
LEADING = {"lead", "led", "command", "commanded"}


def compound_group(span: Span, sector: Code | None) -> tuple[str | None, dict[str, Code | None]]:
    """The group's name with the compound's first word, when a hyphened participle opens it,
    and its codes: the sector, and the leader's country for a force led by one."""
    first = _compound_first_word(span)
    if first is None:
        return None, {"sector": sector}
    name = doc_text(span.doc)[first.idx : span.end_char]
    return name, {"sector": sector, "country": _leader(first, span[0])}


def _compound_first_word(span: Span) -> Token | None:
    doc, start = span.doc, span.start
    if start < 2 or doc[start].tag_ not in PARTICIPLES or doc[start - 1].text != "-":
        return None
    return doc[start - 2] if doc[start - 2].pos_ in FIRST_WORDS else None


def _leader(first: Token, participle: Token) -> Code | None:
    """The country of "Saudi" in "Saudi-led", if the participle says it leads."""
    if not in_words(participle, LEADING):
        return None
    country = country_of(first.text)
    if country is None:
        return None
    evidence = Evidence.of(doc_text(first.doc), first.idx, first.idx + len(first))
    return Code(value=country.iso3, evidence=evidence, method=LED_BY)
