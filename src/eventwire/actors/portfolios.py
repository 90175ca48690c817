"""Bodies named by their portfolio: "the interior ministry", "the foreign ministry". Bare,
such a body is the one of the same portfolio named before ("Egypt's interior ministry"); a
ministry of another portfolio ("Russia's foreign ministry") is another body, though the head
noun is the same.
"""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.lexicons import word_set

ARTICLES = {"the", "a", "an"}


def same_group_noun(text: str, candidate: Candidate, earlier: Candidate) -> bool:
    """Whether an earlier group mention has the candidate's head noun and, for a portfolio
    noun, every word that qualifies the candidate's ("foreign" in "the foreign ministry")."""
    noun = candidate.extra.get("noun")
    if earlier.extra.get("noun") != noun:
        return False
    if noun not in word_set("portfolio_noun"):
        return True
    words = [w for w in candidate.name.lower().split()[:-1] if w not in ARTICLES]
    named_before = text[earlier.start : earlier.end].lower().split()
    return all(word in named_before for word in words)
