"""Heritage compounds ("Cuban American voters", "Mexican American politicians"): a demonym
written right before the demonym of a state of immigrants tells where a group's forebears came
from; the group is the second country's, where its members live and vote. Before any other
demonym the first names the state and the second a people in it: "Bosnian Serb leaders" are
Bosnia's, "Croatian Serb refugees" Croatia's (`heritage_state` in word_lists.tsv)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.codes import country_of
from eventwire.lexicons import word_set


def before_demonym(doc: Doc, end: int) -> bool:
    """Whether the demonym ending before token `end` is followed at once by another one, so
    that it names a heritage, not the group's country."""
    if end >= len(doc) or doc[end].text not in word_set("heritage_state"):
        return False
    country = country_of(doc[end].text)
    return country is not None and country.is_demonym
