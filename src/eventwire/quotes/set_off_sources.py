"""Newsletter layout: "HEADLINE - Pew Research: “…”" or "More from the report: “…”". A source
set off by a dash (after a section's headline) or opened by "from" labels the quote after the
colon; PolNeAR marks that phrase, not the headline's subject, as the speaker. A digest's item
"HEADLINE IN CAPITALS “…” [WaPo.]" has no other source: PolNeAR marks the headline."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from eventwire.lexicons import word_set
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import NOUN_POS, VERB_POS
from eventwire.quotes.cues import Cue

# what sets the source off: a dash after the headline, or a sentence's or line's start
# before "(More) from"
SET_OFF = re.compile(
    r"(?:\s[-–—]+\s*(?:more\s+from\s+)?|(?:^|[.!?]\s+|[-–—]\s*)(?:more\s+)?from\s+)"
    r"(?P<source>(?:[^\n:.!?–—]|(?<=\b[A-Z])\.)+?)\s*$",  # an initial's dot: "Michael P. McDonald"
    re.IGNORECASE,
)
MAX_WORDS = 8


def set_off_cue_speaker(doc: Doc, colon: int) -> Span | None:
    """The source phrase before the colon at character `colon`, if layout sets it off."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon) + 1
    match = SET_OFF.search(text, line_start, colon)
    if match is None:
        return None
    source = doc.char_span(match.start("source"), match.end("source"), "contract")
    if source is None or not _noun_phrase(source):
        return None
    return source


def _noun_phrase(span: Span) -> bool:
    """A short phrase naming someone or something, with no verb (else it is a clause)."""
    return (
        0 < len(span) <= MAX_WORDS
        and all(t.pos_ not in VERB_POS for t in span)
        and any(t.pos_ in NOUN_POS for t in span)
        and span.root.lower_ not in word_set("not_speaker")
    )


# a digest item: a line opens with a headline in capitals, then the quote, then at most a credit
CAPS_HEADLINE = re.compile(r"[A-Z0-9][A-Z0-9 ,’'‘:;?!.&$%-]*[A-Z][A-Z0-9 ,’'‘:;?!.&$%-]* +$")
CREDIT_ONLY = re.compile(r"[\s.,”\"’]*(?:\[[^\]\n]{1,40}\][ \t.]*)?(?:\n|$)")


def digest_headline_cue(doc: Doc, start: int, end: int) -> Cue | None:
    """ "HOW DROUGHT EMPTIES THE VALLEYS “…” [Reuters.]": the capitals before the quote, on
    its own line, with nothing after it but a bracketed credit, label the quote."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, start) + 1
    head = CAPS_HEADLINE.fullmatch(text, line_start, start)
    if head is None or len(text[line_start:start].split()) < 2 or not CREDIT_ONLY.match(text, end):
        return None
    head_end = line_start + len(text[line_start:start].rstrip())
    source = doc.char_span(line_start, head_end, "contract")
    return Cue(source[0], (line_start, head_end), source, None) if source else None
