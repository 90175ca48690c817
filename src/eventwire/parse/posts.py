"""Embedded posts: a page that embeds a post (`<tweet author="HillaryClinton">We must act
now.</tweet>`) quotes its author, though no quotation mark or reporting verb says so; the
handle in the markup names the speaker (`actors.tweet_authors` resolves it to the person)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.parse.nlp import doc_text, per_doc

AUTHOR = re.compile(r"<tweet\b[^>]*?\bauthor=\"(\w{1,15})\"")  # the markup of an embedded post
CLOSING = "</tweet>"

Post = tuple[int, int, int]  # body start, body end, the handle's first character


def tweet_author(token: Token) -> int | None:
    """Where the handle of the post whose body holds the token begins (the author's mention
    starts there), None outside a post."""
    for start, end, handle in per_doc(token.doc, "tweet_posts", _posts):
        if start <= token.idx < end:
            return handle
    return None


def _posts(doc: Doc) -> list[Post]:
    """Each embedded post's body span and its handle's token."""
    text = doc_text(doc)
    posts = []
    for match in AUTHOR.finditer(text):
        start = text.find(">", match.end()) + 1
        end = text.find(CLOSING, start)
        if start > 0 and end > start and _one_paragraph(text[start:end]):
            posts.append((start, end, match.start(1)))
    return posts


def _one_paragraph(body: str) -> bool:
    """A post body is one paragraph; a closing mark found past a blank line is another's."""
    return re.search(r"\n\s*\n", body) is None
