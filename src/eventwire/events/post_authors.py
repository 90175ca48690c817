"""The author of an embedded post speaks its first person: in `<tweet author="HillaryClinton">I
refuse to accept this as normal.</tweet>` "I" is the account's owner, as "I" inside quotation
marks is the quote's speaker. `actors.tweet_authors` names the owner, its evidence the handle
in the markup; no quotation marks or reporting verb surround the post to say who speaks."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.model import Mention
from eventwire.parse.nlp import doc_text
from eventwire.parse.post_marks import AUTHOR, POST


def post_author(token: Token, mentions: list[Mention]) -> Mention | None:
    """The mention of the author whose post holds the token, else None (no post, no handle,
    or a handle no known person owns)."""
    text = doc_text(token.doc)
    if "<tweet" not in text:
        return None
    for post in POST.finditer(text):
        if post.start("body") <= token.idx < post.end("body"):
            author = AUTHOR.search(text, post.start(), post.start("body"))
            handle = None if author is None else author.start(1)
            return next((m for m in mentions if m.evidence.start == handle), None)
    return None
