"""One person named only as the doer of a passive act: "was punched by a Trump supporter",
"was fatally shot by an off-duty deputy sheriff", "were killed by a lone gunman".

An indefinite description names no one told before (`indefinite_titles`), but in the "by"
phrase of a passive it names who did the act, and coders take that person as the act's source:
of the country its own words name ("a Saudi prince"), else of the article's home, with the
sector of its title ("police officer": COP) or of its kind's plural ("terrorists": REB).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.offices_then import office_head
from eventwire.actors.phrases import code, find_country
from eventwire.codes import group_lexicon, role_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_TAG
from eventwire.sectors import CIVILIANS

PERSON_LISTS = ("unnamed_person", "private_role_noun", "person_kind_noun", "doer_person_noun")
PRIVATE_GROUP_SECTOR = CIVILIANS  # the public as a group; one of it is a private person
CLAUSE_DEPS = frozenset({"conj", "cc", "relcl", "acl", "advcl", "prep", "pobj"})  # not modifiers


def find_passive_doers(finder: MentionCollector) -> None:
    """Add a person for each indefinite person noun that is the "by" agent of a passive verb,
    where its words are still free."""
    for noun in tokens_in(finder.doc, _person_heads()):
        phrase = _doer_phrase(noun)
        phrase = phrase and _free_tail(finder, phrase)
        if phrase is None:
            continue
        words = [t.lower_ for t in phrase]
        sector = _sector(words)
        codes = {"country": find_country(finder.doc, list(phrase[:-1]))}
        if sector is not None:
            codes["sector"] = code(finder.doc, sector, noun.idx, noun.idx + len(noun))
        finder.add(MentionKind.TITLE, ActorType.PERSON, phrase, key="", **codes)


@cache
def _person_heads() -> frozenset[str]:
    """Singular nouns for a person: unnamed people, private roles, kinds of people, doers and
    titles' head nouns ("officer", "sheriff"; "secretary", not "state", of "secretary of
    state")."""
    heads = set().union(*(word_set(name) for name in PERSON_LISTS))
    return frozenset(heads | {office_head(" ".join(phrase)) for phrase in role_lexicon()})


def _doer_phrase(noun: Token) -> Span | None:
    """ "a Trump supporter" as the object of a passive's "by" (spaCy's `agent`), opened by an
    indefinite article, with no clause or list before the noun; None otherwise."""
    by = noun.head
    if noun.tag_ != NOUN_TAG or noun.dep_ != "pobj" or by.dep_ != "agent":
        return None
    phrase = noun.doc[noun.left_edge.i : noun.i + 1]
    opener = phrase[0].lower_
    if opener not in word_set("indefinite_opener"):
        return None
    return phrase if not any(t.dep_ in CLAUSE_DEPS for t in phrase[:-1]) else None


def _free_tail(finder: MentionCollector, phrase: Span) -> Span | None:
    """The phrase from its first word after any word another mention holds: "a Trump
    supporter" is a person, "Trump" stays Trump's own mention."""
    for start in range(phrase.start, phrase.end):
        tail = phrase.doc[start : phrase.end]
        if finder.free(tail):
            return tail
    return None


def _sector(words: list[str]) -> str | None:
    """The sector of the longest title the words end with ("police officer": COP), else of
    the plural of the head's kind ("terrorist": terrorists, REB); one of a civilian kind
    ("volunteers": CVL) is a private person, with no sector."""
    roles = role_lexicon()
    for at in range(len(words)):
        role = roles.get(tuple(words[at:]))
        if role is not None:
            return role.sector
    plural = (*words[-2:-1], f"{words[-1]}s")
    groups = group_lexicon()
    sector = groups.get(plural) or groups.get(plural[-1:])
    return None if sector == PRIVATE_GROUP_SECTOR else sector
