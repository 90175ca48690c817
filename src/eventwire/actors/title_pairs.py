"""Two titles of one person joined by "and" before the name ("Fox News Chairman and CEO Roger
Ailes", "Acme President and Chief Executive Jane Roe"): both are the person's titles, so the
body named before the first (the network) is the one the person serves. The parser hangs the
name off the first title as its conjunct, and the title window stopped at the "and"."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.code_phrases import MAX_ROLE_WORDS, role_phrases
from eventwire.parse.nlp import TIME_ENTITIES

JOINER = "and"


def joins_two_titles(word: Token) -> bool:
    """An "and" with a capitalised title phrase ending right before it and another starting
    right after it, that runs on into a capitalised name or title ("Chairman and CEO Roger
    Ailes") after the body the first serves ("Fox News"; "Senator and Mayor X" names no body,
    and the title nearest the name decides, as in "On Monday Senator and Mayor X": a day is no
    body); spaces between the words (a no-break space) are skipped."""
    if word.lower_ != JOINER:
        return False
    sentence = [t for t in word.sent if not t.is_space]
    at = next(k for k, t in enumerate(sentence) if t.i == word.i)
    items = [t.lower_ for t in sentence]
    first = _first_title_start(items, at)
    after = role_phrases().at(items, at + 1) if at + 1 < len(items) else None
    if first is None or after is None or not sentence[at - 1].text[:1].isupper():
        return False
    before = sentence[first - 1] if first > 0 else None  # "Fox News" before "Chairman"
    body = before is not None and before.pos_ == "PROPN" and before.ent_type_ not in TIME_ENTITIES
    return body and after.end < len(sentence) and sentence[after.end].text[:1].isupper()


def _first_title_start(items: list[str], at: int) -> int | None:
    """Where the title phrase ending right before the "and" at `at` starts, if one does."""
    low = max(0, at - MAX_ROLE_WORDS)
    return next((j for j in range(low, at) if role_phrases().get(items[j:at])), None)
