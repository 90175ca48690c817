"""The headline's place among the quotes: where it is, and which of its cues the story carries.

A bare title that reports a statement ("Clinton Says Trump Is Unfit To Lead", "…, says
Lukashenko") only reports what the body quotes: no quote of its own; so does one over a story
that never names the speaker again. A title printed as a sentence, ending in a full stop or the
semicolon that runs on to its subhead ("Senator says the bill will pass." above the senator's
remarks), is the article's first statement, as PolNeAR codes such titles.
"""

from __future__ import annotations

import re

from eventwire.model import Article
from eventwire.parse.quotemarks import paragraphs
from eventwire.quotes.cues import Cue, Range

MAX_HEADLINE_WORDS = 20
SENTENCE_ENDS = (".", ";")  # a title printed as a sentence


def headline_range(article: Article) -> Range | None:
    """The headline the metadata found, else a short first paragraph (a title line in sentence
    case ending in a full stop, which the metadata reads as body text)."""
    evidence = article.headline.evidence if article.headline else None
    if evidence is not None:
        return evidence.start, evidence.end
    first = paragraphs(article.text)[:1]
    words = len(article.text[first[0][0] : first[0][1]].split()) if first else 0
    return first[0] if 0 < words <= MAX_HEADLINE_WORDS else None


def only_reported(article: Article, cue: Cue) -> bool:
    """A cue in the metadata's headline that is set as a bare title ("…, says Lukashenko"), or
    whose speaker the story below never names: the headline only reports the statement."""
    evidence = article.headline.evidence if article.headline else None
    if evidence is None or not evidence.start <= cue.token.idx < evidence.end:
        return False
    if not evidence.text.rstrip().endswith(SENTENCE_ENDS):
        return True
    words = [t.text for t in cue.speaker or [] if t.is_alpha and not t.is_stop]
    body = article.text[evidence.end :]
    return not any(re.search(rf"\b{re.escape(word)}\b", body, re.IGNORECASE) for word in words)
