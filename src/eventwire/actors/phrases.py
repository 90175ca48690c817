"""The words around a name that code it: titles and country names found in them, country
modifiers and titles standing for a person ("the Belarusian leader"); collective nouns ("Russian
troops") are `actors.group_nouns`, the title words before a name `actors.title_windows`, the
description after it `actors.appositive_windows`.

Every lookup here is one `PhraseLookup` over one lexicon (roles, countries).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.heritage import names_heritage, of_immigrants
from eventwire.actors.languages import hyphened_language
from eventwire.actors.placed_peoples import placed_land
from eventwire.actors.state_names import in_state_name
from eventwire.actors.state_offices import state_office_sector
from eventwire.code_phrases import country_phrases, role_phrases
from eventwire.codes import CountryName, Role, country_of, province_countries, role_lexicon
from eventwire.lexicons import PhraseMatch, word_set
from eventwire.model import Code, Evidence
from eventwire.parse.dashes import DASHES
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.nlp import AREA_ENTITIES, doc_text, entity_at, read_once, tokens
from eventwire.parse.tags import PLURAL_NOUN_TAG

MAX_TITLE_TOKENS = 7
CUT_MODIFIERS = NOUN_MODIFIER_DEPS  # a noun's modifiers, left of it
MAX_NAMED_COUNTRY_TOKENS = 3  # "Democratic Republic of" … inside a title window


def possessives() -> frozenset[str]:
    return word_set("possessive_mark")


@cache
def title_words() -> frozenset[str]:
    words = {word for phrase in role_lexicon() for word in phrase}
    return frozenset(words | word_set("title_modifier"))


def code(doc: Doc, value: str, start: int, end: int) -> Code:
    return Code(value=value, evidence=Evidence.of(doc_text(doc), start, end))


@read_once  # the finders of every kind of mention ask again
def trimmed(span: Span) -> Span:
    """Drop surrounding whitespace, punctuation and a possessive "'s" from an entity span, and
    a dateline's credit before a spaced dash ("Kyodo - Japan on Wednesday": "Japan")."""
    start, end, words = span.start, span.end, tokens(span.doc)
    dash = next((t.i for t in words[start:end] if _spaced_dash(t)), None)
    if dash is not None and any(t.is_alpha for t in words[dash + 1 : end]):
        start = dash + 1
    elif dash is not None:  # "Saddam Hussein - ''": a quote mark after the dash, no name
        end = dash
    while start < end and (words[start].is_space or words[start].lower_ == "the"):
        start += 1
    while end > start and (
        words[end - 1].is_space or words[end - 1].text in possessives() or words[end - 1].is_punct
    ):
        end -= 1
    opened = [t.i for t in words[start:end] if t.text in "(["]
    closed = any(t.text in ")]" for t in words[start:end])
    if opened and not closed:  # "Department of Agriculture (DA": keep the name, not the bracket
        return trimmed(span.doc[start : opened[0]])
    return span.doc[start:end]


def _spaced_dash(token: Token) -> bool:
    """A dash standing apart ("Kyodo - Japan"), not one joining words ("Guinea-Bissau")."""
    before = token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES and before and bool(token.whitespace_)


def find_role(doc: Doc, tokens: list[Token]) -> tuple[Code, Code] | None:
    """The longest title phrase among the tokens, as (sector, role) codes with evidence."""
    tokens = [t for t in tokens if t.text != "-"]  # "Vice-President" = "vice president"
    words = [_title_word(t) for t in tokens if not split_dot(t)]
    items = [word for word, _, _ in words]
    match = _head_title(items, role_phrases().longest_in(items))
    if match is None:
        return None
    first, last = words[match.start][1], words[match.end - 1][2]
    start, end = first.idx, last.idx + len(last)
    sector = state_office_sector(first, last, match.value.sector, match.value.role)
    return code(doc, sector, start, end), code(doc, match.value.role, start, end)


def _head_title(words: list[str], match: PhraseMatch[Role] | None) -> PhraseMatch[Role] | None:
    """ "U.S. Attorney General": of two titles as long that overlap, the later one is the
    phrase's head (an attorney general, not a U.S. attorney): English titles end in their head."""
    if match is None:
        return None
    for index in range(match.start + 1, match.end):
        later = role_phrases().at(words, index)
        if later is not None and len(later) >= len(match):
            return later
    return match


def abbreviated(token: Token) -> str | None:
    """ "Capt" + "." as the tokenizer splits "Capt.": the abbreviation as one word, "capt.";
    only a title's abbreviation, not a word that ends a sentence ("chief financial officer.")."""
    doc = token.doc
    if token.i + 1 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == ".":
        word = token.lower_ + "."
        return word if word in title_words() else None
    return None


def _title_word(token: Token) -> tuple[str, Token, Token]:
    """A token's lower-case word with its first and last token ("capt." ends at its dot)."""
    abbreviation = abbreviated(token)
    if abbreviation is None:  # "Both Democratic candidates, X and Y": each is a candidate
        plural = token.tag_ == PLURAL_NOUN_TAG and token.lemma_.lower() in title_words()
        return token.lemma_.lower() if plural else token.lower_, token, token
    return abbreviation, token, token.nbor()


def split_dot(token: Token) -> bool:
    """The "." of an abbreviation the tokenizer split off ("Capt" "." "Rod Beer")."""
    return token.text == "." and token.i > 0 and abbreviated(token.doc[token.i - 1]) is not None


def find_country(doc: Doc, tokens: list[Token]) -> Code | None:
    """The first country name or demonym among the tokens (multi-word names included), not
    one inside a longer place name ("New Jersey", "New Mexico")."""

    def whole(match: PhraseMatch[CountryName]) -> bool:
        words = tokens[match.start : match.end]
        if names_heritage(doc, words[-1].i + 1):  # "of Cuban descent", "a Cuban American"
            return False
        if hyphened_language(doc[words[0].i : words[-1].i + 1]) or of_immigrants(words[-1]):
            return False  # "a Spanish-speaking son", "the son of Dominican immigrants"
        return not inside_place_name(words, match.value.iso3) and not in_person_name(words[0])

    for index in range(len(tokens)):
        match = country_phrases().at(tokens, index, MAX_NAMED_COUNTRY_TOKENS, accept=whole)
        if match is not None:
            first, last = tokens[match.start], tokens[match.end - 1]
            land = placed_land(tokens, match.start) if match.value.is_demonym else None
            if land is not None:  # "Kosovo Albanian leader": the land's, as "Kosovo Albanians"
                return code(doc, land, tokens[match.start - 1].idx, last.idx + len(last))
            return code(doc, match.value.iso3, first.idx, last.idx + len(last))
    return None


def find_province_country(doc: Doc, tokens: list[Token]) -> Code | None:
    """ "Ohio Gov. X", "Vermont Sen. Y": the country of a state or province named in a title."""
    for token in tokens:
        entity = entity_starting_at(token)
        country = province_of(entity)
        if entity is not None and country is not None:
            return code(doc, country, entity.start_char, entity.end_char)
    return None


def inside_place_name(tokens: list[Token], iso3: str) -> bool:
    """Whether the words are part of a longer name NER found of another country's state or
    province ("Jersey" in "New Jersey", "Mexico" in "New Mexico"; "South Lebanon" stays)."""
    entity = entity_at(tokens[0])
    if entity is None or entity.label_ not in AREA_ENTITIES:
        return in_state_name(tokens, iso3)  # "New Jersey Devils": the entity is the team
    entity = trimmed(entity)
    longer = entity.start < tokens[0].i or entity.end > tokens[-1].i + 1
    province = province_countries().get(entity.text)
    return longer and province is not None and province != iso3


def in_person_name(token: Token) -> bool:
    """ "Linda Jordan Price", "Michael B. Jordan": a country's name after a given name inside
    a person's name is part of the name; "King Hussein of Jordan" names the country."""
    entity = entity_at(token)
    named = entity is not None and entity.label_ == "PERSON" and entity.start < token.i
    return named and token.doc[token.i - 1].pos_ == "PROPN"


def is_place(token: Token) -> bool:
    return country_of(token.text) is not None


def entity_starting_at(token: Token) -> Span | None:
    """The named entity that begins at the token."""
    entity = entity_at(token)
    return entity if entity is not None and entity.start == token.i else None


def nominal_phrase(noun: Token) -> Span | None:
    """ "the Belarusian leader", "Taiwan's foreign minister": determiner or country + modifiers
    + title noun, not followed by a name."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        return None
    start, hyphens = noun.i, not _said_of_a_name(noun)
    while start > noun.sent.start and (
        doc[start - 1].dep_ in {"amod", "compound", "nmod", "det", "poss", "case"}
        or (doc[start - 1].text == "-" and not _spaced_dash(doc[start - 1]))  # "Vice-President"
        or (hyphens and _hyphened_modifier_word(doc[start - 1]))  # "an off-duty deputy sheriff"
    ):
        start -= 1
    phrase = doc[start : _title_end(noun)]
    definite = doc[start].lower_ in word_set("title_determiner") or bool(possessors(phrase))
    if not definite and find_country(doc, list(phrase)) is None:
        return None
    return phrase


def _said_of_a_name(noun: Token) -> bool:
    """ "Varmus, the Nobel Prize-winning former director", "X is a Washington-based reporter":
    a title in apposition or as a predicate says what a named person is; kept short, it stays
    no actor beside that person."""
    return noun.dep_ in {"appos", "attr"} or any(c.dep_ == "appos" for c in noun.children)


def _hyphened_modifier_word(word: Token) -> bool:
    """A word of a hyphened modifier ("off" and "duty" in "off-duty", "well-known"): the parse
    hangs its parts anywhere, but the words the hyphen joins qualify the title after them."""
    doc, i = word.doc, word.i
    after = (
        i + 2 < len(doc)
        and doc[i + 1].text == "-"
        and not (word.whitespace_ or doc[i + 1].whitespace_)
    )
    before = i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_
    return word.is_alpha and (after or (before and not doc[i - 1].whitespace_))


def possessors(phrase: Span) -> list[Token]:
    """ "Yeltsin's spokesman": names that own a title and make it definite."""
    return [t for t in phrase if t.dep_ == "poss" and t.pos_ == "PROPN"]


def _title_end(noun: Token) -> int:
    """ "the Secretary of State": where the longest title starting at the noun ends."""
    doc = noun.doc
    window = list(doc[noun.i : min(noun.i + MAX_NAMED_COUNTRY_TOKENS + 1, noun.sent.end)])
    role = find_role(doc, window)
    if role is None or role[0].evidence is None or role[0].evidence.start != noun.idx:
        return noun.i + 1
    return next(t.i + 1 for t in window if t.idx + len(t) >= role[0].evidence.end)


def province_of(entity: Span | None) -> str | None:
    """The country of a province NER tags as a place ("the government of Sindh")."""
    if entity is None or entity.label_ not in AREA_ENTITIES:
        return None
    return province_countries().get(entity.text)
