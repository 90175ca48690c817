"""Body paragraphs that close their last sentence start a sentence after them.

The parser reads a blank line as a space: after a paragraph that ends in a full stop behind a
closing quote mark ("... not rip it away.”") or in an abbreviation ("... in the U.S."), it
often runs on into the next paragraph's sentence, whose verb then loses its subject or is read
as a clause of the sentence before ("Sanders, also praised the president's actions" under "she
added"). A paragraph that leaves a quotation open ("“We will win." above "“We will,” she
said.") is one quotation run on over paragraphs, and is left to the parser.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

BLANK_LINE = r"\n[^\S\n]*\n\s*"
"""A blank line between paragraphs (and the spaces after it); `paragraphs` reads it too."""
_BREAK = re.compile(BLANK_LINE)
_CLOSED_END = re.compile(r"[.!?][\"”’')\]]*\s*$")
"""A paragraph's last sentence ends: a full stop, question or exclamation mark, then any
closing quote marks or brackets."""


def start_closed_paragraphs(doc: Doc, starts: dict[int, int], text: str) -> None:
    """Mark the first token of each paragraph below a closed one as a sentence start."""
    opening = 0
    for blank in _BREAK.finditer(text):
        paragraph = text[opening : blank.start()]
        opening = blank.end()
        token = starts.get(blank.end())
        if token is not None and closes_its_sentences(paragraph):
            doc[token].is_sent_start = True


def closes_its_sentences(paragraph: str) -> bool:
    """Whether the paragraph ends a sentence and closes every quotation it opens."""
    if not _CLOSED_END.search(paragraph):
        return False
    return paragraph.count("“") <= paragraph.count("”") and paragraph.count('"') % 2 == 0
