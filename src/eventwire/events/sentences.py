"""Sentence walks shared by the rules that look back over an article's recent sentences.

An act told again, a statement answered or a stance repeated refers to something told close by;
these rules agree on what "close by" means by walking back the same way.
"""

from __future__ import annotations

from spacy.tokens import Token


def sentence_start_back(head: Token, back: int) -> int:
    """The character offset where the sentence `back` sentences before the head's begins (the
    text's first, if there are fewer): an act told from there on is told close by."""
    sentences = list(head.doc.sents)
    here = next(i for i, s in enumerate(sentences) if s.start <= head.i < s.end)
    return sentences[max(here - back, 0)].start_char
