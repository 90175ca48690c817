"""The headline's place among the quotes: where it is, and which of its cues the story carries.

A headline that reports a statement ("Clinton Says Trump Is Unfit To Lead") over a story that
never names the speaker again only reports it: no quote of its own. A headline whose speaker the
story speaks of ("Senator says the bill will pass" above the senator's remarks) is the article's
own attribution, as PolNeAR codes headlines.
"""

from __future__ import annotations

import re

from eventwire.model import Article
from eventwire.parse.quotemarks import paragraphs
from eventwire.quotes.cues import Cue, Range

MAX_HEADLINE_WORDS = 20


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
    """A cue in the metadata's headline whose speaker the story below never names: the headline
    only reports the statement."""
    evidence = article.headline.evidence if article.headline else None
    if evidence is None or not evidence.start <= cue.token.idx < evidence.end:
        return False
    words = [t.text for t in cue.speaker or [] if t.is_alpha and not t.is_stop]
    body = article.text[evidence.end :]
    return not any(re.search(rf"\b{re.escape(word)}\b", body, re.IGNORECASE) for word in words)
