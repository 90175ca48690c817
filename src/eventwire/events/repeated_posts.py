"""An embedded post the article has already quoted: "Henry tweeted, “Polls close at eight.”"
and then the post itself, `<tweet author="@henry">Polls close at eight</tweet>`. The post
shows the words the story reported; coding its sentences again counts the one act twice."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.parse.nlp import doc_text
from eventwire.parse.post_marks import POST

Range = tuple[int, int]
MIN_WORDS = 3  # a post this short ("Wow.", "Thank you!") may repeat words by chance


def repeated_posts(doc: Doc) -> list[Range]:
    """The character ranges of the bodies of posts whose words the text gave before them."""
    text = doc_text(doc)
    if "<tweet" not in text:
        return []
    found = []
    for post in POST.finditer(text):
        body = post.group("body").strip()
        if len(body.split()) >= MIN_WORDS and text.find(body) < post.start("body"):
            found.append(post.span("body"))
    return found


def in_repeated_post(sentence: Span, repeated: list[Range]) -> bool:
    """Whether the sentence starts inside the body of a post the text had already quoted."""
    start = sentence[0].idx if len(sentence) else -1
    return any(begin <= start < end for begin, end in repeated)
