"""Whether a capitalised stretch may be a place's name at all: well known enough to take
without NER, cased as a name, and none of the things that only look like places (a demonym, a
known organisation, an acronym the gazetteer knows only as an alias, a named person's words,
part of a disease's name).

They live apart from places/toponyms.py, which decides where spans start and end and which
source (NER, the dateline, the gazetteer, a list of towns) found them; these tests judge the
name alone, whichever source found it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from eventwire.codes import is_demonym, organisation_names
from eventwire.lexicons import read_table, word_set
from eventwire.model import Actor
from eventwire.parse.nlp import doc_text, entities
from eventwire.parse.tags import VERB_POS
from eventwire.places.geocode import aliases, candidates
from eventwire.places.titled import titles

STRONG_FEATURES = {"country", "continent", "admin1", "region"}
STRONG_CITY_POPULATION = 100_000
NAME_PARTICLES = word_set("place_particle")  # 'Dar es Salaam', 'Rio de Janeiro'
DISEASE_HEAD = re.compile(r"[\s-]+(?:virus|viruses|fever|flu|disease|vaccine|strain)\b", re.I)
ACRONYM = re.compile(r"(?:[A-Z]\.?){1,4}")
WORD_PARTS = re.compile(r"[\s-]+")
DIGIT = re.compile(r"\d")  # 'M23', 'G7', 'F-16': groups, summits and arms, not places


@cache
def _not_places() -> frozenset[str]:
    return frozenset(row[0].lower() for row in read_table("not_places.tsv"))


@cache
def _people_nouns() -> frozenset[str]:
    """One-word titles and groups of people, lower case ('secretary', 'gunmen')."""
    groups = (row[0] for row in read_table("groups.tsv") if " " not in row[0])
    return titles() | frozenset(groups)


def _people_noun(name: str) -> bool:
    """'Secretary', 'Secretary-General', 'Gunmen': a title or a group of people capitalised
    at a sentence start or before a name, which a gazetteer knows as some hamlet; a place
    only when it is a country, state or large city."""
    words = WORD_PARTS.split(name.lower())
    return all(w in _people_nouns() for w in words) and not strong(name)


@cache
def _country_forms() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("country_aliases.tsv"))


def _acronym_unknown(name: str) -> bool:
    """'NBC' is an alternate name of Nizhnekamsk and 'VA' Vatican City's ISO code: an acronym
    is a place only when it is an entry's own name or a written form of a country."""
    if not ACRONYM.fullmatch(name) or name in aliases() or name in _country_forms():
        return False
    return not any(
        e.name.lower() == name.lower() and e.feature != "country" for e in candidates(name)
    )


def strong(name: str) -> bool:
    """A capitalised word worth taking without NER: a country, region or large city; a single
    word by its own name or a written form eventwire lists ('Gold' is only an alternate name
    of Gold Coast; 'Beni Suef' is one of Banī Suwayf, and specific enough)."""
    listed = name in aliases() or name in _country_forms() or " " in name
    return any(
        (
            e.feature in STRONG_FEATURES
            or (e.feature in ("city", "admin2") and e.population >= STRONG_CITY_POPULATION)
        )
        and (listed or e.feature == "country" or e.name.lower() == name.lower())
        for e in candidates(name)
    )


def capitalised(words: Span) -> bool:
    """Capitalised proper nouns, lower-case particles only inside ('Dar es Salaam')."""
    inner = {t.i for t in words[1:-1]}
    return (
        (words[0].is_alpha or words.text in aliases())
        and all(
            t.text[:1].isupper() or (t.i in inner and t.lower_ in NAME_PARTICLES)
            for t in words
            if t.is_alpha
        )
        and not all(t.is_stop for t in words)
        and (len(words) > 1 or words[0].pos_ == "PROPN" or words.text in aliases())
    )


def person_words(doc: Doc, actors: list[Actor]) -> frozenset[str]:
    """Every word of the people the article names in full ('Janet Reno' → 'Janet', 'Reno');
    a one-word 'person' is as often a place NER mislabelled ('Nottingham'), and so is a full
    name the gazetteer knows ('Milton Keynes'). A full name the article does not write is the
    table's (`canonical_names` gives a lone 'Tyler' its known person's), no word of the text's."""
    text = doc_text(doc)
    names = [e.text for e in entities(doc) if e.label_ == "PERSON"]
    names += [a.name for a in actors if a.type == "person" and a.name in text]
    return frozenset(
        bare_word(w)
        for name in names
        if len(name.split()) > 1 and not candidates(name)
        for w in name.split()
    )


def bare_word(word: str) -> str:
    """'Reno's,' → 'Reno', but 'Jones' stays 'Jones' (a character set strip would eat its 's')."""
    word = word.strip(".,'’")
    return word.removesuffix("'s").removesuffix("’s")


def _a_person(name: str, people: frozenset[str]) -> bool:
    """A name made of a named person's words, unless it is a country or state."""
    if not all(word in people for word in name.split()):
        return False
    return not any(e.feature in STRONG_FEATURES or e.capital for e in candidates(name))


def acceptable(name: str, people: frozenset[str]) -> bool:
    name = name.removesuffix("'s").removesuffix("’s")
    return not (
        not name[:1].isupper()
        or is_demonym(name)  # spaCy sometimes labels a demonym GPE: a people, not a place
        or name.lower() in _not_places()
        or name.lower() in organisation_names()
        or DIGIT.search(name) is not None
        or _people_noun(name)
        or _acronym_unknown(name)
        or _a_person(name, people)
    )


MAX_ORG_WORDS = 8  # words of an organisation's name before a place at its end


def inside_organisation(text: str, start: int, end: int) -> bool:
    """'Europe' in 'the Organization for Security and Cooperation in Europe', 'America' in
    'Bank of America': a place that ends a known organisation's name is part of the name."""
    words = text[max(0, start - 100) : start].split()
    name = text[start:end]
    return any(
        " ".join([*words[-n:], name]).lower() in organisation_names()
        for n in range(1, min(len(words), MAX_ORG_WORDS) + 1)
    )


def names_a_disease(text: str, end: int) -> bool:
    """'Marburg virus', 'West Nile fever': a place name inside a disease's name."""
    return bool(DISEASE_HEAD.match(text, end))


def no_place_entity(entity: Span) -> bool:
    """An entity NER tags a place that is none: a verb the tagger itself reads as one
    ("voting to Leave"), or a named work across places ("the Keystone Pipeline")."""
    verbs = all(t.pos_ in VERB_POS for t in entity)
    return verbs or entity.root.lower_ in word_set("unplaced_work")
