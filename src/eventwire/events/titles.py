"""Trigger words inside a quoted title: a show, a book or a course, not an act.

"he said on 'Meet the Press'", "a course called 'Conflict and Consensus'": a short quoted
passage whose every word is capitalised (bar the small words of titles) is a name; the verbs
and nouns in it tell no act. A quoted sentence ("'We will meet them,' he said") is no title.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import quoted_spans

SMALL_WORDS = {"a", "an", "the", "of", "to", "and", "in", "on", "for", "at", "with", "or"}
MAX_WORDS = 6
END_MARKS = {".", ","}  # "on 'Meet the Press.'": the sentence's stop inside the marks


def in_title(token: Token) -> bool:
    """Whether the token lies in a quoted title."""
    text = doc_text(token.doc)
    span = next(((s, e) for s, e in quoted_spans(text) if s <= token.idx < e), None)
    if span is None:
        return False
    quoted = token.doc.char_span(span[0], span[1], alignment_mode="expand")
    if quoted is None:
        return False
    words = [t for t in quoted if not t.is_punct and not t.is_quote]
    inner = [t for t in quoted if not t.is_quote]
    if not 2 <= len(words) <= MAX_WORDS or any(
        t.is_punct and t.text not in END_MARKS for t in inner
    ):
        return False
    return words[0].is_title and all(t.is_title or t.lower_ in SMALL_WORDS for t in words)
