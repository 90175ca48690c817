"""People the text names only by what they are and whose they are: "the Romanian hacker",
"a Polish immigrant", "an American hostage".

A demonym or country before a noun for a person says whose that person is: "the Romanian
hacker pleaded guilty" tells an act of a person of Romania, not of Romania, so the demonym must
not become the country's mention. Only as a subject or object, where the person can be a side
of an event. Counted people ("the two men") are left alone: in news they mostly name people
told before, or figures ("2,400 billionaires"), not a side of their own.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import find_country
from eventwire.actors.stances import is_head_noun
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.deps import NOUN_ARGUMENT_DEPS
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_TAG

MODIFIER_DEPS = frozenset({"det", "nummod", "amod", "compound", "nmod", "punct"})  # "one Syrian"
PERSON_LISTS = ("private_role_noun", "person_kind_noun", "nationality_noun")


def find_described_people(finder: MentionCollector) -> None:
    """ "the Romanian hacker", "a Mexican migrant": one person of the country named before a
    noun for a person, where the phrase is an argument and its words are still free."""
    for noun in tokens_in(finder.doc, _person_nouns()):
        phrase = _described_phrase(noun)
        if phrase is None or not finder.free(phrase):
            continue
        country = find_country(finder.doc, list(phrase[:-1]))
        if country is not None:
            finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="", country=country)


@cache
def _person_nouns() -> frozenset[str]:
    """Singular nouns that name a person by what they do or are."""
    return frozenset().union(*(word_set(name) for name in PERSON_LISTS))


def _described_phrase(noun: Token) -> Span | None:
    """ "the Romanian hacker": the singular noun with its determiner and modifiers, as a
    subject or object; None for one that is itself a modifier ("hacker groups")."""
    if noun.tag_ != NOUN_TAG or noun.dep_ not in NOUN_ARGUMENT_DEPS or not is_head_noun(noun):
        return None
    phrase = noun.doc[noun.left_edge.i : noun.i + 1]
    return phrase if _only_modifiers(phrase) else None


def _only_modifiers(phrase: Span) -> bool:
    """Every word before the head modifies it: no clause or list opens inside the phrase."""
    return all(t.dep_ in MODIFIER_DEPS for t in phrase[:-1])
