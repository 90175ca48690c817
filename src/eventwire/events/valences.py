"""Word valences for the readers of verdicts: VADER's lexicon (the `vaderSentiment` package's
vader_lexicon.txt, valence rated by people from -4 to +4) with eventwire's own lists laid over
it for the words VADER lacks or rates mildly ("crooked", "scathing").

Each reader lays its own lists over the one table (`evaluative` its wrongs, insults and merits,
`spoken_ill` its harsh qualities), so the loading and the overlay are written once, here.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

STRONG = 2.0  # VADER valence from which a word is a verdict, not a plain assessment


def overlaid(blame: frozenset[str], merit: frozenset[str] = frozenset()) -> dict[str, float]:
    """VADER's valences with each `blame` word at least as negative as STRONG and then each
    `merit` word at least as positive."""
    table = dict(_vader_lexicon())
    table.update({word: -STRONG for word in blame if table.get(word, 0.0) > -STRONG})
    table.update({word: STRONG for word in merit if table.get(word, 0.0) < STRONG})
    return table


@cache
def _vader_lexicon() -> dict[str, float]:
    """VADER's own valences, read from its files once for every reader's table."""
    return SentimentIntensityAnalyzer().lexicon


def word_valence(table: dict[str, float], word: Token) -> float:
    """The table's valence of a word form, else of its lemma; 0 for a word it does not rate."""
    return table.get(word.lower_, table.get(word.lemma_.lower(), 0.0))
