"""Whose bare institution it is when the home cannot own it: a story datelined HAVANA about a
U.S. custody case names "the Justice Department" and "a federal court", institutions Cuba
does not have in that form (it has a ministry of justice and no federal courts). The form's
owner is the story's other country that has it, named most, else the wire's own country
(AP: USA). Which states have which form is knowledge, kept in institution_forms.tsv."""

from __future__ import annotations

from functools import cache

from eventwire.actors.story_home import country_mentions
from eventwire.lexicons import read_table
from eventwire.model import Actor, Code, Evidence, Mention


@cache
def _form_states() -> dict[str, frozenset[str]]:
    """Each institution name of institution_forms.tsv, lower case, with the states that have
    that form of institution."""
    return {
        name: frozenset(states.split())
        for names, states in read_table("institution_forms.tsv")
        for name in names.split("|")
    }


def form_states(actor: Actor, names: list[Evidence]) -> frozenset[str] | None:
    """The states that have the form of institution the actor is named by ("the Justice
    Department": the states with executive departments); None for a name any state bears."""
    forms = _form_states()
    for text in (actor.name, *(e.text for e in names)):
        key = text.lower().removeprefix("the ").strip()
        if key in forms:
            return forms[key]
    return None


def institution_home(home: Code, states: frozenset[str] | None, others: list[str]) -> Code:
    """The home, unless the institution's form is not the home's: then the first of the
    story's other countries (most named first, the wire's last) that has the form."""
    if states is None or home.value in states:
        return home
    owner = next((country for country in others if country in states), None)
    return home if owner is None else Code(value=owner, method=home.method)


def other_countries(actors: list[Actor], mentions: list[Mention], wire: str | None) -> list[str]:
    """The countries the text itself gives its actors ("U.S. government", "Cuba"), most named
    first, then the wire's country: the owners a foreign institution may have."""
    ranked = [country for country, _ in country_mentions(actors, mentions).most_common()]
    return ranked + ([wire] if wire and wire not in ranked else [])
