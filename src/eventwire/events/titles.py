"""Words inside a quoted title or a name: a show, a book, a course or a body, not an act.

"he said on 'Meet the Press'", "a course called 'Conflict and Consensus'": a short quoted
passage whose every word is capitalised (bar the small words of titles) is a name; the verbs
and nouns in it tell no act. A quoted sentence ("'We will meet them,' he said") is no title.
A word inside the name of an organisation, a work, a law, a product or a building ("Rifle" in
"the National Rifle Association") tells who or what is named, no violence (`lexicon`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.parse.nlp import doc_text, entity_at
from eventwire.parse.quotemarks import quoted_spans

SMALL_WORDS = {"a", "an", "the", "of", "to", "and", "in", "on", "for", "at", "with", "or"}
MAX_WORDS = 6
END_MARKS = {".", ","}  # "on 'Meet the Press.'": the sentence's stop inside the marks
NAMED_THINGS = frozenset({"ORG", "WORK_OF_ART", "LAW", "PRODUCT", "FAC"})


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


def in_name(token: Token) -> bool:
    """Whether the token is a capitalised word inside a name of several words, not its last
    ("Rifle" in "the National Rifle Association"; the last word may name the act: "the Paris
    Agreement"). A lower-case word is no part of a name, whatever the tagger spanned ("Trump
    assured Jones" read as a work of art)."""
    entity = entity_at(token)
    named = entity is not None and entity.label_ in NAMED_THINGS and len(entity) > 1
    return named and token.is_title and token.i < entity.end - 1
