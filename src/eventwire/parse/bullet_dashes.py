"""A hyphen that opens a word ("-President Obama, tweeting …", "-Bernie Sanders won …") is a
bullet or an attribution dash, cut off as a token of its own.

spaCy's English tokenizer cuts an en or em dash off the word it opens, but keeps a plain hyphen
on it: "-President" and "-Bernie" became words that no tagger, NER or known-name matcher knows,
so the person named after the dash was lost or named with the dash. A hyphen inside a word
("anti-American") and a minus before a number ("-5") are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.language import Language

OPENING_HYPHEN = re.compile(r"^-(?=[^\W\d_])")  # a hyphen before a letter, at a token's start


def cut_bullet_dashes(nlp: Language) -> None:
    """Let the tokenizer cut a hyphen off the letter it opens, before its other prefixes."""
    nlp.tokenizer.prefix_search = _with_opening_hyphen(nlp.tokenizer.prefix_search)


def _with_opening_hyphen(search: Callable[[str], re.Match | None]) -> Callable:
    def prefix(text: str) -> re.Match | None:
        return OPENING_HYPHEN.search(text) or search(text)

    return prefix
