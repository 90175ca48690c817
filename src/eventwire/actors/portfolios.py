"""Bodies named by their portfolio: "the interior ministry", "the foreign ministry". Bare,
such a body is the one of the same portfolio named before ("Egypt's interior ministry"); a
ministry of another portfolio ("Russia's foreign ministry") is another body, though the head
noun is the same.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.candidates import Candidate
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType
from eventwire.parse.deps import PREMODIFIER_DEPS

ARTICLES = word_set("article")


def same_group_noun(text: str, candidate: Candidate, earlier: Candidate) -> bool:
    """Whether an earlier group mention has the candidate's head noun and every word that
    qualifies the candidate's: for a portfolio noun, all ("foreign" in "the foreign ministry"),
    else those of the group phrase that set its sector ("Jewish" in "the Jewish leaders", who
    are not the "leaders of Israel" named before)."""
    noun = candidate.extra.get("noun")
    if earlier.extra.get("noun") != noun:
        return False
    if noun in word_set("portfolio_noun"):
        words = [w for w in candidate.name.lower().split()[:-1] if w not in ARTICLES]
    else:
        words = _sector_qualifiers(candidate)
    named_before = text[earlier.start : earlier.end].lower().split()
    return all(word in named_before for word in words)


def _sector_qualifiers(candidate: Candidate) -> list[str]:
    """The words before the noun in the group phrase the candidate's sector was read from."""
    evidence = candidate.sector.evidence if candidate.sector else None
    return evidence.text.lower().split()[:-1] if evidence is not None else []


def portfolio_named(words: Span) -> bool:
    """ "interior ministry", "foreign ministry": a portfolio noun with the word that names the
    portfolio; "the ministry" alone is left to refer back as other nominals do."""
    head = words[-1]
    named = any(c.dep_ in PREMODIFIER_DEPS for c in head.children)
    return head.lower_ in word_set("portfolio_noun") and (len(words) > 1 or named)


def refers_back(text: str, candidate: Candidate, earlier: Candidate, actor: Actor) -> bool:
    """Whether a definite group refers to an earlier group of its head noun with a country,
    or, for a portfolio, to an organisation of that portfolio ("the Russian Foreign Ministry")."""
    kinds = {ActorType.GROUP}
    if candidate.extra.get("noun") in word_set("portfolio_noun"):
        kinds.add(ActorType.ORGANIZATION)
    same = same_group_noun(text, candidate, earlier)
    return actor.type in kinds and actor.country is not None and same
