"""A headline's present tense tells a past act: "Turkish troops shell Kurdish positions",
"Protesters march on Lima as fuel prices soar", "Toledo refuses to run as OAS observers pull
out". Headlines drop the past tense, so a simple present with a bare plural subject there is
the news itself, not a statement of what usually happens (`habitual`); a frequency word still
makes it habitual ("Every 72 minutes, a veteran commits suicide").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.parse.metadata import header_spans
from eventwire.parse.nlp import doc_text, per_doc


def in_headline(token: Token) -> bool:
    """The token lies in the article's headline or subhead, as the layout reading of the
    metadata finds them (`parse.metadata.header_spans`): a text of one line is a sentence,
    not a headline, and so is a lead paragraph."""
    return any(start <= token.idx < end for start, end in header_lines(token.doc))


def header_lines(doc: Doc) -> list[tuple[int, int]]:
    """The headline's and subhead's offsets (found once per Doc)."""
    return per_doc(doc, "header_spans", lambda d: header_spans(doc_text(d)))
