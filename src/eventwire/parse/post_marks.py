"""The markup of an embedded post (`<tweet author="X">We must act now.</tweet>`) cut off the
words it touches, and the post's body read as sentences of its own.

spaCy's English tokenizer splits on spaces only, so the opening tag's last attribute stayed
glued to the body's first word (`datetime="2016-02-15">This`) and the closing mark to its last
(`stop.</tweet`): the post's first sentence lost its subject and its last its verb or object,
and the parser ran the post on into the sentences around it. The tag's end and the closing
mark (`</tweet>`, or `<tweet/>` as some pages write it) are cut off as tokens of their own;
the text, and so every offset, is unchanged. A closing mark right after a tag (an empty post) is
cut off as a prefix, before the tokenizer takes its "<" alone; so is the full stop a post
puts before a handle it opens with (".@BernieSanders promises": a reply shown to all), so that
the handle can be the verb's subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

TAG_END = re.compile(r'^(?:(?:[\w-]+=")?[^\s"<>]*">|</tweet>|<tweet/>|\.(?=@\w))')  # `2016">`, `.@`
OPENING_MARK = "<tweet"  # a post's tag opens with it, one token
CLOSING_MARK = re.compile(r"(?:</tweet>|<tweet/>)$")  # a post's end, at a token's end
AUTHOR = re.compile(r"<tweet\b[^>]*?\bauthor=\"@?(\w{1,15})\"")  # the markup of an embedded post
POST = re.compile(r"<tweet\b[^<>]*>(?P<body>[^<>]*)(?:</tweet>|<tweet/>)")  # one embedded post


def cut_post_marks(nlp: Language) -> None:
    """Let the tokenizer cut a tag's end off the word after it and a closing mark off the
    word before it, ahead of its other prefixes and suffixes."""
    tokenizer = nlp.tokenizer
    tokenizer.add_special_case(OPENING_MARK, [{ORTH: OPENING_MARK}])
    tokenizer.prefix_search = _first(TAG_END, tokenizer.prefix_search)
    tokenizer.suffix_search = _first(CLOSING_MARK, tokenizer.suffix_search)


def _first(pattern: re.Pattern[str], search: Callable[[str], re.Match | None]) -> Callable:
    def found(text: str) -> re.Match | None:
        return pattern.search(text) or search(text)

    return found


def start_posts(doc: Doc, text: str) -> Doc:
    """Start a sentence at each post's markup, its body, its closing mark and the first word
    after it (the parser keeps starts set beforehand): the tags then read as sentences of
    their own, not as the subject or the object of the post's words; `text` is the Doc's.
    The same Doc."""
    if "<tweet" not in text:
        return doc
    starts = {token.idx: token for token in doc}
    for post in POST.finditer(text):
        for at in (post.start(), post.start("body"), post.end("body")):
            token = starts.get(at)
            if token is not None and token.is_space:
                token = _next_word(doc, token.i)
            if token is not None and token.i > 0:
                token.is_sent_start = True
        last = starts.get(post.end("body"))
        after = None if last is None else _next_word(doc, last.i)
        if after is not None:
            after.is_sent_start = True
    return doc


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token after the i-th that is neither a space nor a punctuation mark."""
    return next((t for t in doc[i + 1 :] if not (t.is_space or t.is_punct)), None)
