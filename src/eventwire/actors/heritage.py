"""Heritage compounds ("Cuban American voters", "Mexican American politicians"): a demonym
written right before another country's demonym tells where a group's forebears came from; the
group is the second country's, where its members live and vote."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.codes import country_of


def before_demonym(doc: Doc, end: int) -> bool:
    """Whether the demonym ending before token `end` is followed at once by another one, so
    that it names a heritage, not the group's country."""
    if end >= len(doc) or not doc[end].text[:1].isupper():
        return False
    country = country_of(doc[end].text)
    return country is not None and country.is_demonym
