"""A country named like a state of the article's home country ("Georgia sued the federal
government" in a US story) is that state, unless the article says otherwise: the country is
confirmed by other words coded with it ("Georgian", "Tbilisi", a known Georgian leader) or by
the countries it is listed with ("Cyprus, Georgia and India"). Left as the country, it would
make the state a foreign actor, and the home default would spread that country further."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.codes import country_of, division_countries, territory_divisions
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.nlp import entity_at


def code_home_states(doc: Doc, actors: list[Actor], mentions: list[Mention], home: Code) -> None:
    """Country actors whose every mention names a division of the home country, with no
    other word in the article for that country, take the home country."""
    said_by = _country_words(actors)
    for actor in actors:
        if actor.type != ActorType.COUNTRY or actor.country is None:
            continue
        own = [m for m in mentions if m.actor_id == actor.id]
        named = {m.evidence.text for m in own}
        if not named or not all(home_namesake(name, home) for name in named):
            continue
        confirmed = said_by.get(actor.country.value, set()) - named
        if not confirmed and not any(_listed_with_countries(doc, m, home) for m in own):
            actor.country = Code(value=home.value, evidence=own[0].evidence, method=home.method)


def home_namesake(name: str, home: Code) -> bool:
    """Whether the name (or its possessive) is also a division of the home country, another
    place than the country so named (Puerto Rico, a US territory, is the country it names)."""
    name = name.removesuffix("'s").removesuffix("’s")
    return home.value in division_countries().get(name, ()) and name not in territory_divisions()


def _country_words(actors: list[Actor]) -> dict[str, set[str]]:
    """For each country, the words that coded some actor with it."""
    words: dict[str, set[str]] = {}
    for actor in actors:
        if actor.country is not None and actor.country.evidence is not None:
            words.setdefault(actor.country.value, set()).add(actor.country.evidence.text)
    return words


def _listed_with_countries(doc: Doc, mention: Mention, home: Code) -> bool:
    """Whether a conjunct of the mention names a country that is no state of the home."""
    span = doc.char_span(mention.evidence.start, mention.evidence.end, alignment_mode="expand")
    return span is not None and any(_names_country(t, home) for t in span.root.conjuncts)


def _names_country(token: Token, home: Code) -> bool:
    """A token (or its entity) naming a country other than a division of the home's."""
    entity = entity_at(token)
    text = entity.text if entity is not None else token.text
    found = country_of(text)
    return found is not None and home.value not in division_countries().get(text, ())
