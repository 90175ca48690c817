"""The article's header lines as sentences of their own, set before the parse.

A pasted article opens with short lines above its body (section, headline, subhead, byline),
each a paragraph; the parser reads a blank line as a space and often joins a headline that
ends in a quote mark or lacks a full stop to the next line or to the body's lead ("Trump plans
major ad buy after weeks of being outspent." + "WASHINGTON (AP) — Donald Trump's campaign"),
where the verbs of both lose their subjects. The parser keeps sentence starts set beforehand.
A dateline that opens a header line's successor ("TBILISI, Aug 12 (Reuters) - Georgia accused")
is kept whole, and the lead starts after it: the parser otherwise cuts after the place and
opens the lead with ", Aug 12 (Reuters) -".
Deeper in the body a paragraph break starts a sentence only below a paragraph that closes its
last sentence and its quotations (`closed_paragraphs`): a long quotation runs on across
paragraphs, and breaking it there costs the quote reader direct quotes.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.attrs import IDX
from spacy.tokens import Doc

from eventwire.parse.closed_paragraphs import BLANK_LINE, start_closed_paragraphs
from eventwire.parse.dateline import find_dateline
from eventwire.parse.nlp import doc_text
from eventwire.parse.post_marks import start_posts

HEADER_BREAKS = 4
"""The breaks below the header lines: as many as `parse.metadata` reads header lines."""
_PARAGRAPH_BREAK = re.compile(BLANK_LINE + r"|;[^\S\n]*\n\s*(?=[A-Z])")
"""A blank line; or a line that ends in a semicolon above one that starts with a capital, as a
headline and its subhead are printed ("Sanders says he's riding momentum; \nTakes Wisconsin")."""


def start_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each header line as a sentence start; the same Doc."""
    starts = {at: i for i, at in enumerate(doc.to_array(IDX).tolist())}
    text = doc_text(doc)
    header_ends = [m.end() for m in islice(_PARAGRAPH_BREAK.finditer(text), HEADER_BREAKS)]
    for end in header_ends:
        token = starts.get(end)
        if token is not None:
            doc[token].is_sent_start = True
    start_closed_paragraphs(doc, starts, text)  # the body's: where a paragraph closes its last
    for end in [0, *header_ends]:
        _keep_dateline(doc, starts, text, end)
    return start_posts(doc, text)  # an embedded post's body: sentences of its own


def _keep_dateline(doc: Doc, starts: dict[int, int], text: str, paragraph: int) -> None:
    """No sentence starts inside a dateline that opens the paragraph; the lead starts after it."""
    dateline = find_dateline(text[paragraph:], paragraph)
    first = starts.get(paragraph)
    if dateline is None or first is None:
        return
    lead = len(text) - len(text[dateline.span[1] :].lstrip())
    for token in doc[first + 1 :]:
        if token.idx >= lead:
            token.is_sent_start = True
            return
        token.is_sent_start = False
