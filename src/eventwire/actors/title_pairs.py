"""Two titles of one person joined by "and" before the name ("Fox News Chairman and CEO Roger
Ailes", "Acme President and Chief Executive Jane Roe"): both are the person's titles, so the
body named before the first (the network) is the one the person serves. The parser hangs the
name off the first title as its conjunct, and the title window stopped at the "and"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.code_phrases import MAX_ROLE_WORDS, role_phrases

JOINER = "and"


def joins_two_titles(word: Token) -> bool:
    """An "and" with a capitalised title phrase ending right before it and another starting
    right after it, that runs on into a capitalised name or title ("Chairman and CEO Roger
    Ailes"); spaces between the words (a no-break space) are skipped."""
    if word.lower_ != JOINER:
        return False
    sentence = [t for t in word.sent if not t.is_space]
    at = next(k for k, t in enumerate(sentence) if t.i == word.i)
    items = [t.lower_ for t in sentence]
    before = items[max(0, at - MAX_ROLE_WORDS) : at]
    ends_before = any(role_phrases().get(before[j:]) for j in range(len(before)))
    after = role_phrases().at(items, at + 1) if at + 1 < len(items) else None
    if not ends_before or after is None or not sentence[at - 1].text[:1].isupper():
        return False
    return after.end < len(sentence) and sentence[after.end].text[:1].isupper()
