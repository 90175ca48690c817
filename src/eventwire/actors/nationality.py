"""A nationality told by a demonym before a descriptive noun: "the Russian oligarch Oleg
Deripaska", "the French writer X". Role nouns ("the Russian businessman") already give their
country through the title; nouns no role table lists ("oligarch", "writer", "tycoon") leave
the person without one, and the demonym becomes a country actor of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.phrases import code
from eventwire.codes import country_of
from eventwire.model import Code

DESCRIPTIVE = frozenset({"NOUN", "ADJ"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
MAX_DESCRIPTION = 3  # "the Russian aluminum oligarch": a few lowercase words at most


def described_nationality(span: Span) -> Code | None:
    """The country of a demonym that heads the lowercase words right before a name."""
    doc, at = span.doc, span.start - 1
    if at >= 0 and doc[at].tag_ in PLURAL_TAGS:  # "the number of Syrian refugees Obama will …"
        return None  # a plural noun describes no one person: the name starts a new phrase
    words = 0
    while at >= 0 and words < MAX_DESCRIPTION and _descriptive(doc[at]):
        at, words = at - 1, words + 1
    if words == 0 or at < 0:
        return None
    token = doc[at]
    country = country_of(token.text)
    if country is None or not country.is_demonym:
        return None
    return code(doc, country.iso3, token.idx, token.idx + len(token))


def _descriptive(token: Token) -> bool:
    return token.is_lower and token.pos_ in DESCRIPTIVE
