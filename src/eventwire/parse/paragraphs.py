"""The article's header lines as sentences of their own, set before the parse.

A pasted article opens with short lines above its body (section, headline, subhead, byline),
each a paragraph; the parser reads a blank line as a space and often joins a headline that
ends in a quote mark or lacks a full stop to the next line or to the body's lead ("Trump plans
major ad buy after weeks of being outspent." + "WASHINGTON (AP) — Donald Trump's campaign"),
where the verbs of both lose their subjects. The parser keeps sentence starts set beforehand.
Deeper in the body a paragraph break is left to the parser: a long quotation runs on across
paragraphs, and breaking it there costs the quote reader direct quotes.
"""

from __future__ import annotations

import re
from itertools import islice

from spacy.attrs import IDX
from spacy.tokens import Doc

from eventwire.parse.nlp import doc_text

HEADER_BREAKS = 4
"""The breaks below the header lines: as many as `parse.metadata` reads header lines."""
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*|;[^\S\n]*\n\s*(?=[A-Z])")
"""A blank line; or a line that ends in a semicolon above one that starts with a capital, as a
headline and its subhead are printed ("Sanders says he's riding momentum; \nTakes Wisconsin")."""


def start_paragraphs(doc: Doc) -> Doc:
    """Mark the first token after each header line as a sentence start; the same Doc."""
    starts = {at: i for i, at in enumerate(doc.to_array(IDX).tolist())}
    for match in islice(_PARAGRAPH_BREAK.finditer(doc_text(doc)), HEADER_BREAKS):
        token = starts.get(match.end())
        if token is not None:
            doc[token].is_sent_start = True
    return doc
