"""A news outlet named right after the common noun that says it is one: "the state-run daily
Granma", "independent television station Imedi", "the opposition weekly Narodnaya Volya".
NER often misses such names (one foreign word, a name with a digit); the noun before them
says they are news media (MED), and its own modifiers may say whose ("the Cuban daily X")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.org_places import place_country
from eventwire.actors.outlets import known_organization_names, known_person_names
from eventwire.actors.phrases import code, find_country
from eventwire.lexicons import word_map
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_POS
from eventwire.sectors import MEDIA

MODIFIERS = frozenset({"ADJ", "NOUN", "PROPN", "PUNCT", "VERB"})  # "state-run", "Cuban"
NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "GPE", "NORP", "LOC"})  # "the daily Tuesday"


def find_described_outlets(finder: MentionCollector) -> None:
    """Add each unclaimed name that follows a news-medium noun, as a news outlet."""
    doc = finder.doc
    for noun in tokens_in(doc, _medium_nouns()):
        name = _name_after(noun) or _name_before(noun)
        if name is None or not finder.free(name) or name.text in _known_names():
            continue  # a known outlet or person keeps the table's codes
        sector = code(doc, MEDIA, noun.idx, noun.idx + len(noun))
        country = find_country(doc, _modifiers(noun)) or _seat_country(noun)
        key = name.text.lower()
        finder.add(
            MentionKind.NAME, ActorType.ORGANIZATION, name, key, country=country, sector=sector
        )
        finder.claimed.add(noun.i)  # "the Cape Argus newspaper" is one outlet, no group beside


def named_outlet(finder: MentionCollector, span: Span) -> bool:
    """Whether an outlet found here already holds the name (NER's person "Jurnal" of "the
    weekly Jurnal")."""
    return any(
        c.start == span.start_char and c.sector and c.sector.value == MEDIA
        for c in finder.candidates
    )


def _name_after(noun: Token) -> Span | None:
    """The capitalised words right after a lower-case medium noun, with a hyphen and number
    inside them ("Rustavi-2"); none where they are a date, a place or a people."""
    doc, end = noun.doc, noun.i + 1
    if not noun.is_lower:
        return None
    while end < len(doc) and _name_part(doc, end, start=noun.i + 1):
        end += 1
    if end == noun.i + 1 or (end < len(doc) and doc[end].pos_ in NOUN_POS):
        return None  # "the weekly Cabinet meeting": the name modifies a noun
    name = doc[noun.i + 1 : end]
    if name[-1].dep_ == "compound" or any(t.ent_type_ in NOT_NAMES for t in name):
        return None
    linked = noun.head in name or any(t.head in (noun, noun.head) for t in name)  # one phrase
    return name if linked else None


def _name_before(noun: Token) -> Span | None:
    """ "The Cape Argus newspaper": capitalised words right before the medium noun, after an
    article, as its compound modifiers; none where they are a date, a place or a people ("the
    Havana newspaper") or an owner's possessive."""
    doc, start = noun.doc, noun.i
    while start > noun.sent.start and _modifier_name(doc[start - 1], noun):
        start -= 1
    if start == noun.i or not noun.is_lower or doc[start - 1].pos_ != "DET":
        return None
    name = doc[start : noun.i]
    return None if any(t.ent_type_ in NOT_NAMES for t in name) else name


def _modifier_name(word: Token, noun: Token) -> bool:
    """A capitalised proper noun compounded into the phrase that the medium noun heads."""
    inside = word.head.i == noun.i or word.i < word.head.i < noun.i
    return word.pos_ == "PROPN" and word.dep_ == "compound" and word.text[:1].isupper() and inside


def _seat_country(noun: Token) -> Code | None:
    """ "the Cape Argus newspaper in Cape Town": the country of the place the outlet is said
    to be in, over the story's home (a New York dateline)."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            words = place.doc[place.left_edge.i : place.i + 1]
            iso3 = place_country(words.text) or place_country(place.text)
            if iso3:
                return code(place.doc, iso3, words.start_char, words.end_char)
    return None


def _modifiers(noun: Token) -> list[Token]:
    """ "the Cuban state-run daily": the words before the medium noun, up to its article."""
    doc, start = noun.doc, noun.i
    while start > noun.sent.start and doc[start - 1].pos_ in MODIFIERS:
        start -= 1
    return list(doc[start : noun.i])


def _name_part(doc: Doc, at: int, start: int) -> bool:
    """A capitalised word, or a hyphen or number joining two parts of one name."""
    word = doc[at]
    if word.text[:1].isupper():
        return True
    joined = at > start and at + 1 < len(doc) and word.text == "-"
    return joined or (at > start and doc[at - 1].text == "-" and word.text[:1].isalnum())


@cache
def _medium_nouns() -> frozenset[str]:
    return frozenset(w for w, kind in word_map("organization_descriptor").items() if kind == MEDIA)


@cache
def _known_names() -> frozenset[str]:
    return known_organization_names() | known_person_names()
