"""Heritage compounds ("Cuban American voters", "Mexican American politicians"): a demonym
written right before the demonym of a state of immigrants tells where a group's forebears came
from; the group is the second country's, where its members live and vote. Before any other
demonym the first names the state and the second a people in it: "Bosnian Serb leaders" are
Bosnia's, "Croatian Serb refugees" Croatia's (`heritage_state` in word_lists.tsv). A heritage
names no actor of its own: "Greek Cypriots" are a people of Cyprus, not Greece's."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.peoples import names_people
from eventwire.codes import CountryName, country_of
from eventwire.lexicons import word_set
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import tokens_in


def before_demonym(doc: Doc, end: int) -> bool:
    """Whether the demonym ending before token `end` is followed at once by another one, so
    that it names a heritage, not the group's country."""
    if end >= len(doc) or doc[end].text not in word_set("heritage_state"):
        return False
    country = country_of(doc[end].text)
    return country is not None and country.is_demonym


def names_heritage(doc: Doc, end: int) -> bool:
    """Whether the demonym ending before token `end` tells forebears: another demonym follows
    ("Cuban American") or a noun of descent does ("a singer of Cuban descent")."""
    descent = end < len(doc) and doc[end].text in word_set("descent_noun")  # not "Heritage League"
    return descent or before_demonym(doc, end)


def of_immigrants(demonym: Token) -> bool:
    """ "Perez, the son of Dominican immigrants": a demonym on the migrants a kin noun is "of"
    tells where the family came from, not the person's country (a child of immigrants is
    mostly a citizen where the story is told); "the father of the Cuban boy" stays Cuban."""
    noun = demonym.head
    preposition = noun.head
    related = preposition.lower_ == "of" and preposition.head.lower_ in word_set("kin_noun")
    migrants = noun.lower_ in word_set("migrant_noun") and noun.dep_ == "pobj"
    return migrants and related and demonym.dep_ in PREMODIFIER_DEPS


def heritage_peoples(doc: Doc) -> list[tuple[Span, CountryName]]:
    """ "Greek Cypriots", "Indian Fijians": a demonym and a people of a heritage state, with
    that state; NER often reads the pair as one organisation."""
    found = []
    for token in tokens_in(doc, _heritage_words()):
        if not token.i:
            continue
        span = doc[token.i - 1 : token.i + 1]
        first, second = country_of(span[0].text), country_of(token.text)
        if first and first.is_demonym and second and names_people(span):
            found.append((span, second))
    return found


@cache
def _heritage_words() -> frozenset[str]:
    """The heritage states' demonyms in lower case, as `tokens_in` reads words."""
    return frozenset(word.lower() for word in word_set("heritage_state"))
