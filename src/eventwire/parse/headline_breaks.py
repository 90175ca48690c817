"""A headline's colon ends one sentence and starts another.

"Carly Fiorina Endorses Ted Cruz: I Am 'Horrified' By Donald Trump" is two sentences: a clause,
then what its subject said. Parsed as one sentence, the part after the colon takes the clause
before it as its complement ("endorses" under "horrified"), and the act is lost. So in the
parsed copy the word after such a colon starts a sentence, and that word, capitalised as a
sentence's first word is, may be lowered like any common word of a title-case line
(`parse.recase`). A colon after a bare name or label ("Ryan: 'Anti-Semitic Images' Have No
Place", "Report: ...") is left alone: the claim after it is read with its speaker
(`quotes.layout_cues`, `events.headline_claims`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.parse.metadata import header_spans
from eventwire.parse.nlp import doc_text

COLON = ":"
MIN_WORDS_AFTER = 2
"""Words after the colon that make a sentence ("Breaking: Trump" names a topic, no more)."""
QUOTE_MARKS = {"'", '"', "‘", "“", "`", "``"}


def headline_colons(doc: Doc) -> list[Token]:
    """The colons of the headline and subhead with words on both sides, enough after it for
    a sentence (found in the layout, so an article without one costs no more)."""
    colons = []
    for start, end in header_spans(doc_text(doc)):
        line = doc.char_span(start, end, alignment_mode="expand")
        for colon in (t for t in line[1:] if t.text == COLON) if line is not None else ():
            after = [t for t in line[colon.i + 1 - line.start :] if t.is_alpha]
            if len(after) >= MIN_WORDS_AFTER and _words_before(colon):
                colons.append(colon)
    return colons


def clause_ends(colons: list[Token], verb: Callable[[Token], bool]) -> list[Token]:
    """The first token after each colon that ends a clause: a word before it on its line,
    since the line's start, is a `verb`."""
    return [c.nbor(1) for c in colons if any(map(verb, _line_before(c)))]


def _line_before(colon: Token) -> list[Token]:
    """The words of the colon's line before it."""
    words: list[Token] = []
    for token in reversed(colon.doc[: colon.i]):
        if "\n" in token.text:
            break
        words.append(token)
    return words


def _words_before(colon: Token) -> bool:
    """The colon follows a word, not a mark or a number ("10:30" is one token anyway)."""
    return colon.i > 0 and colon.nbor(-1).is_alpha


def opening_word(start: Token) -> Token | None:
    """The word a sentence opening at `start` begins with, past its quotation marks."""
    doc = start.doc
    i = start.i
    while i < len(doc) and (doc[i].text in QUOTE_MARKS or doc[i].is_space):
        i += 1
    return doc[i] if i < len(doc) and doc[i].is_alpha else None
