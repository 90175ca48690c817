"""Readers who sign a post with their social-media handle: on a letters page a line holding
only "@name." signs the post above it, as "Jason Cline." signs a letter. The handle is the
only name the page gives a private person (no sector; coding gives the article's home country)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.model import ActorType, MentionKind

HANDLE = re.compile(r"@\w{1,15}")  # an account name as the networks allow it


def find_signed_handles(finder: MentionCollector) -> None:
    """Add a person for each handle that stands alone on its line."""
    for token in finder.doc:
        if HANDLE.fullmatch(token.text) and _signs(token):
            span = finder.doc[token.i : token.i + 1]
            if finder.free(span):
                finder.add(MentionKind.NAME, ActorType.PERSON, span, key=token.lower_)


def _signs(token: Token) -> bool:
    """The handle is its line's only word, a full stop at most after it."""
    return _line_edge(token.doc[: token.i], reverse=True) and _line_edge(
        token.doc[token.i + 1 :], reverse=False
    )


def _line_edge(words: Span, reverse: bool) -> bool:
    """Only a full stop (after the handle) stands between the handle and the line break."""
    for word in reversed(words) if reverse else words:
        if word.is_space or "\n" in word.text:
            return "\n" in word.text
        if reverse or word.text != ".":
            return False
    return True  # the text's start or end
