"""A reporting verb the parser read as a noun, closing the words after a quote.

In "“…,” the ad states." or "“…,” the Saudis state in the white paper" the small model tags the
verb as a noun ("the ad states" read as one noun phrase). Right after a quote that ends in a
comma, a noun phrase followed by a word that reads as a speech verb, and then by the sentence's
end or a preposition, is the usual inverted attribution: that phrase is the speaker.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import NOUN_POS

Range = tuple[int, int]
MAX_WORDS = 8  # a speaker phrase between the quote and the verb
PHRASE_WORDS = {"PROPN", "NOUN", "ADJ", "DET", "NUM", "ADP", "PART", "PUNCT"}  # PART: "’s"
ENDS = {".", ";"}
NOUNS = NOUN_POS  # the speaker phrase ends in a noun right before the verb


def misread_speaker(token: Token, quotes: Sequence[Range]) -> Span | None:
    """The speaker phrase between a quote ending in a comma and `token`, a noun-tagged word
    read here as the attribution's verb; none where the words do not fit that pattern."""
    doc = token.doc
    if token.pos_ != "NOUN" or token.i + 1 >= len(doc) or token.i == 0:
        return None
    after, before = doc[token.i + 1], doc[token.i - 1]
    if not (after.text in ENDS or after.pos_ == "ADP") or before.pos_ not in NOUNS:
        return None
    mark = _mark_before(token, quotes)
    if mark is None or not doc_text(doc)[:mark].rstrip("”\"’' ").endswith(","):
        return None
    words = doc.char_span(mark, token.idx, alignment_mode="expand")
    words = words and doc[words.start + _leading_space(words) : words.end]
    if not words or len(words) > MAX_WORDS or any(w.pos_ not in PHRASE_WORDS for w in words):
        return None
    return words if words[0].pos_ in NOUNS | {"DET", "ADJ"} else None


def _mark_before(token: Token, quotes: Sequence[Range]) -> int | None:
    """Where the last quote before the token ends."""
    before = bisect_right([end for _, end in quotes], token.idx)
    return quotes[before - 1][1] if before else None


def _leading_space(words: Span) -> int:
    return next((i for i, w in enumerate(words) if not (w.is_space or w.is_punct)), len(words))
