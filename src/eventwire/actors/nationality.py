"""A nationality told by a demonym before a descriptive noun: "the Russian oligarch Oleg
Deripaska", "the French writer X", "Mexican drug lord X", "Japanese journalist and author X";
or by a birthplace joined to a participle: "Saudi-born financier X", "Cuba-born Y". Role nouns
("the Russian businessman") already give their country through the title; nouns no role table
lists ("oligarch", "writer", "tycoon") leave the person without one, and the demonym becomes a
country actor of its own. A later description by demonym ("Juan Perez … the Cuban father")
tells it too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.homelands import recode_home_people
from eventwire.actors.hyphens import joins_word
from eventwire.actors.phrases import code
from eventwire.codes import CountryName, country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, Code, Mention
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.tags import NOMINAL_POS

DESCRIPTIVE = NOMINAL_POS  # "drug lord": the tagger may call "lord" PROPN
MAX_DESCRIPTION = 3  # "the Russian aluminum oligarch": a few lowercase words at most
DESCRIBED = "description"


def described_nationality(span: Span) -> Code | None:
    """The country of a demonym that heads the lowercase words right before a name."""
    doc = span.doc
    at = _past_joins(doc, span.start - 1)
    if at >= 0 and doc[at].tag_ in PLURAL_NOUN_TAGS:  # "the number of Syrian refugees Obama will …"
        return None  # a plural noun describes no one person: the name starts a new phrase
    words = 0
    while at >= 0 and words < MAX_DESCRIPTION and _descriptive(doc[at]):
        at, words = _past_joins(doc, at - 1), words + 1
    if at < 0:
        return None
    born = _birthplace(doc[at])
    if born is not None:
        token, country = born
    elif words:
        token, country = doc[at], country_of(doc[at].text)
        country = country if country is not None and country.is_demonym else None
    else:
        return None
    if country is None:
        return None
    return code(doc, country.iso3, token.idx, token.idx + len(token))


def _descriptive(token: Token) -> bool:
    """A lowercase word of a description (a tagger's PROPN too: no name is all lowercase)."""
    born = token.lower_ in word_set("birth_participle")  # tagged ADJ at times: "Saudi-born"
    return token.is_lower and token.pos_ in DESCRIPTIVE and not born


def _past_joins(doc: Doc, at: int) -> int:
    """The word at or before `at` past what joins a description's words: an "and" between two
    lowercase nouns ("journalist and author": one person holds both) and a space token, which
    spaCy makes of a no-break space ("Japanese\u00a0journalist"); not a line break, after
    which a new paragraph starts."""
    while at > 0 and (_inline_space(doc[at]) or _joining_and(doc, at)):
        at -= 1
    return at


def _inline_space(token: Token) -> bool:
    """A space token within a line: a no-break or other odd space between two words."""
    return token.is_space and "\n" not in token.text


def _joining_and(doc: Doc, at: int) -> bool:
    """An "and" after a lowercase word of a description ("journalist and author")."""
    return doc[at].lower_ == "and" and _descriptive(doc[at - 1])


def _birthplace(participle: Token) -> tuple[Token, CountryName] | None:
    """The country word joined to a birth participle ("Saudi-born", "Cuba-born"), which tells
    where a person comes from, whether a demonym or the country's name."""
    at, doc = participle.i, participle.doc
    if participle.lower_ not in word_set("birth_participle") or at < 2:
        return None
    if not joins_word(doc[at - 1]):
        return None
    country = country_of(doc[at - 2].text)
    return (doc[at - 2], country) if country is not None else None


def code_by_demonyms(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People coded only by the home default whom a later description calls by a demonym
    ("Juan Perez … the Cuban father"): the story says where they are from."""
    recode_home_people(doc, actors, mentions, _described)


def _described(noun: Token) -> Code | None:
    """The demonym's country in a definite description the mention's head word ends."""
    if noun.left_edge.lower_ != "the":
        return None
    return demonym_code(noun)


def demonym_code(noun: Token) -> Code | None:
    """The country code the demonym right before the noun gives ("the Cuban father"), with
    the demonym as evidence and the method saying a description told it."""
    country = demonym_modifier(noun)
    if country is None:
        return None
    word = noun.doc[noun.i - 1]
    found = code(noun.doc, country, word.idx, word.idx + len(word))
    return found.model_copy(update={"method": DESCRIBED})


def demonym_modifier(noun: Token) -> str | None:
    """The country of a demonym right before the noun that modifies it ("the Cuban father");
    one before another demonym names a heritage, so "Cuban American" is none."""
    word = noun.doc[noun.i - 1] if noun.i else None
    if word is None or word.head != noun or word.dep_ != "amod":
        return None
    country = country_of(word.text)
    return country.iso3 if country is not None and country.is_demonym else None
