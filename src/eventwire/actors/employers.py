"""The organisation a person speaks or works for, named in their own context: "a spokesman for
the FBI office", "Inspector X of the Winnipeg Police Service", "X had been working for the
Britain-based Mines Advisory Group". Its codes are the person's where their title says no
country, and its sector where the title is a generic office (spokesman, official;
`actors.title_sectors`).

Also where an unknown organisation is based ("the London-based Amnesty", "a Britain-based
charity"): the country of the place before "-based".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.actors.appositive_windows import appositive_window
from eventwire.actors.coding import current_table
from eventwire.actors.firm_employers import in_full, platform_firm, shortened_firm
from eventwire.actors.group_nouns import group_sector
from eventwire.actors.kind_employers import bodies_before, of_kind, referring_word
from eventwire.actors.known_employers import known_body_at_start, known_body_before_title
from eventwire.actors.legal_forms import legal_form_country
from eventwire.actors.member_bodies import body_codes
from eventwire.actors.membership_bodies import members_sector
from eventwire.actors.name_checks import opens_a_title
from eventwire.actors.org_places import of_place_country, place_country
from eventwire.actors.org_sectors import (
    business_sector,
    classifier_sector,
    head_sector,
    host_school_sector,
    school_at,
    unheaded_public,
)
from eventwire.actors.phrases import code, find_country
from eventwire.actors.title_windows import title_window
from eventwire.codes import country_of, organization_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code
from eventwire.parse.nlp import entities, entity_at, without_article
from eventwire.parse.tags import NOMINAL_POS
from eventwire.sectors import BUSINESS

BASED = "based"
TITLE_WORDS = 4  # capitalised words a title may put before the served name
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "det", "poss"})


@dataclass(frozen=True)
class Employer:
    """What an organisation named beside a person says of them."""

    country: Code | None
    sector: Code | None


def employer_in(tokens: list[Token]) -> Employer | None:
    """The first organisation NER finds starting among the tokens (a title window may cut a
    long name short: "chairman of the House Ways and Means"), with the codes its name carries;
    else a body named by a common noun ("a member of parliament")."""
    if not tokens:
        return None
    tokens = through_head_noun(tokens)
    window = {t.i for t in tokens}
    doc = tokens[0].doc
    for ent in entities(doc):
        if ent.start in window and (ent.label_ == "ORG" or _served_party(ent)):
            if opens_a_title(ent):  # "Press secretary X": NER's body is the title's first word
                continue
            return organization_codes(_known_cover(ent, tokens) or in_full(without_article(ent)))
    firm = shortened_firm(tokens) or known_body_at_start(tokens) or known_body_before_title(tokens)
    if firm is not None:
        return organization_codes(without_article(firm))
    platform = platform_firm(tokens)
    if platform is not None:
        return Employer(None, code(doc, BUSINESS, platform.idx, platform.idx + len(platform)))
    body = body_codes(tokens)
    return Employer(*body) if body is not None else _named_before(tokens)


def school_employer(person: Span, employer: Employer | None) -> Employer | None:
    """ "Joan Rose, a microbiologist and food safety expert at Michigan State University": the
    school the person's description places them at, past the words a title window keeps, for
    a person whose employer says no sector."""
    if employer is not None and employer.sector is not None:
        return employer
    for description in (c for c in person.root.children if c.dep_ == "appos"):
        school = school_at(description, person.end)
        if school is not None:
            return Employer(employer.country if employer else None, school)
    return employer


def _known_cover(ent: Span, tokens: list[Token]) -> Span | None:
    """ "Republican National Committee spokesman X": NER may tag only part of a body's name
    ("National Committee", a committee of no party); a known organisation's name among the
    title's words that holds NER's span is the body's whole name, and its codes are the body's."""
    known = known_body_before_title(tokens)
    longer = known is not None and len(known) > len(ent)  # "CBC" alone: NER's, spelled out
    return known if longer and known.start <= ent.start and ent.end <= known.end else None


def _named_before(tokens: list[Token]) -> Employer | None:
    """ "a spokesman for the bureau" after "the FBI", "its chairman" after a party: the nearest
    body named before that is of the kind the noun names (`actors.kind_employers`)."""
    word = referring_word(tokens)
    for body in bodies_before(word) if word is not None else []:
        employer = organization_codes(without_article(body))
        if of_kind(body, word, employer.sector.value if employer.sector else None):
            return employer
    return None


def _served_party(ent: Span) -> bool:
    """ "an adviser to Republicans": a people's name (NER's NORP) that a title serves and the
    table knows as an organisation (a party's plural) names the body served."""
    before = ent.doc[ent.start - 1].lower_ if ent.start else ""
    if ent.label_ != "NORP" or before not in word_set("serving_person_preposition"):
        return False
    row = current_table().lookup(ent.text)
    return row is not None and row.type == ActorType.ORGANIZATION


def through_head_noun(tokens: list[Token]) -> list[Token]:
    """ "the president of the Indiana state firefighters | union": a window cut off inside a
    noun phrase goes on to the phrase's head noun, which says what kind of body it is."""
    last = tokens[-1]
    head = last
    while head.dep_ in MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if head.i == last.i or head.i >= last.sent.end:
        return tokens
    return [*tokens, *last.doc[last.i + 1 : head.i + 1]]


def organization_codes(span: Span) -> Employer:
    """A known organisation's codes (eventwire's tables), else those its words say."""
    start, end = span.start_char, span.end_char
    known = organization_lexicon().get(span.text)
    if known is not None:
        country = code(span.doc, known.country, start, end) if known.country else None
        return Employer(country, code(span.doc, known.sector, start, end))
    row = current_table().lookup(span.text)
    if row is not None and row.type == ActorType.ORGANIZATION:
        country = code(span.doc, row.country, start, end) if row.country else None
        return Employer(country, code(span.doc, row.sector, start, end) if row.sector else None)
    country = find_country(span.doc, list(span)) or based_country(span) or legal_form_country(span)
    if len(span) > 1 and country_of(span[0].text) is not None:  # "Peruvian Congress"
        return Employer(country, organization_codes(span[1:]).sector)
    sector = classifier_sector(span) or members_sector(span) or business_sector(span)
    sector = sector or unheaded_public(span, group_sector(list(span)))  # not "Families Party"
    return Employer(country, sector or host_school_sector(span) or head_sector(span))


def based_country(span: Span) -> Code | None:
    """ "the Britain-based Mines Advisory Group", "a London-based group", "Dime Savings Bank of
    New York": the country of the place an organisation is said to be based in or named for."""
    doc, at = span.doc, span.start - 1
    while at >= 0 and doc[at].lower_ != BASED and doc[at].pos_ in NOMINAL_POS:
        at -= 1  # "a London-based rights group": modifiers between
    if at < 2 or doc[at].lower_ != BASED or doc[at - 1].text != "-":
        return _appositive_base(span) or of_place_country(span)
    return _base_code(doc[at - 2])


def _appositive_base(span: Span) -> Code | None:
    """ "Newmont, a Denver-based mining company,": the base the phrase in apposition gives."""
    for appos in (c for c in span.root.children if c.dep_ == "appos"):
        for word in appos.subtree:
            if word.lower_ == BASED and word.i >= 2 and span.doc[word.i - 1].text == "-":
                return _base_code(span.doc[word.i - 2])
    return None


def _base_code(place: Token) -> Code | None:
    """The country of a base: a country's name, a capital, a state or a known town."""
    iso3 = place_country(place.text)
    return code(place.doc, iso3, place.idx, place.idx + len(place)) if iso3 else None


def after_of_object(person: Span) -> list[Token]:
    """ "Inspector X of the Winnipeg Police Service, a Canadian member of …": the apposition
    that follows a person's "of" phrase, which describes the person."""
    doc = person.doc
    if person.end >= len(doc) or doc[person.end].lower_ not in word_set("serving_preposition"):
        return []
    objects = [c for c in doc[person.end].children if c.dep_ == "pobj"]
    if not objects:
        return []
    end = objects[0].i + 1  # the object's head ends its name; an apposition may hang on it
    return appositive_window(doc[person.start : end])


def person_in_title(title: list[Token], surnames: set[str]) -> Span | None:
    """ "Gowdy spokesman Jamal Ware", "Clinton aide X": a person named inside the title is the
    one the title serves, as in "a spokesman for Gowdy"; NER may tag a surname there as an
    organisation, so one of the article's people's `surnames` counts too. Callers ask only when
    the title names an office: in a title-case headline ("Trump Denies Mike Tyson Invited") the
    words before a name may hold another person who employs no one."""
    window = {t.i for t in title}
    for ent in entities(title[0].doc) if title else ():
        person = ent.label_ == "PERSON" or ent[-1].lower_ in surnames
        if person and ent.start in window and ent.end - 1 in window:
            return ent
    return None


def shared_title(person: Span) -> list[Token]:
    """ "Sens. John McCain and Lindsey Graham": the plural title of the name coordinated
    before this one is this person's title too."""
    doc, joiner = person.doc, person.start - 1
    if joiner < 1 or doc[joiner].lower_ != "and":
        return []
    previous = next((e for e in entities(doc) if e.end == joiner and e.label_ == "PERSON"), None)
    if previous is None:
        return []
    window = title_window(previous)
    plural = any(
        t.lower_ in word_set("plural_title") or f"{t.lower_}." in word_set("plural_title")
        for t in window
    )
    return window if plural else []


def native_country(pronoun: Token) -> Code | None:
    """ "in his native Tanzania": the country a person's pronoun calls their native land."""
    land = pronoun.head
    if pronoun.dep_ != "poss" or not any(
        c.lower_ in word_set("native_word") for c in land.children
    ):
        return None
    country = country_of(land.text)
    if country is None or country.is_demonym:
        return None
    return code(pronoun.doc, country.iso3, land.idx, land.idx + len(land))


def served_person(description: list[Token], surnames: set[str]) -> Span | None:
    """ "a top adviser to Donald Trump", "a spokesman for Clinton", "Gore's communications
    director": the person a title serves; NER may tag a surname there as an organisation,
    so one of the article's people's `surnames` counts too."""
    for token in description:
        if token.lower_ in word_set("serving_person_preposition") and token.i + 1 < len(token.doc):
            entity = _served_name(token.doc, token.i + 1)
        elif _owns_the_title(token, description):
            entity = entity_at(token)
        else:
            continue
        if entity is not None and (entity.label_ == "PERSON" or entity[-1].lower_ in surnames):
            return entity
    return None


def _owns_the_title(token: Token, description: list[Token]) -> bool:
    """ "Gore's communications director", "a Clinton aide": an owner of a word of the
    description, or a name modifying a staff noun in it."""
    if token.head not in description:
        return False
    return token.dep_ == "poss" or (
        token.dep_ == "compound" and token.head.lower_ in word_set("staff_noun")
    )


def service_of(served: Span) -> str:
    """ "yes" where a person's description serves the person it names ("Gore's communications
    director"), "" where it only tells kin ("Ronald Reagan's daughter": of his country, not in
    his office)."""
    return "" if served.root.head.lower_ in word_set("kin_noun") else "yes"


def _served_name(doc: Doc, at: int) -> Span | None:
    """The name after a serving preposition, past an honorific ("to Mr. Sanders") or a
    capitalised title ("to Senator Bernie Sanders", "to Vermont Sen. Bernie Sanders"), which NER
    leaves out of the person's name."""
    for i in range(at, min(at + TITLE_WORDS, len(doc))):
        entity = entity_at(_after_honorific(doc, i))
        if entity is not None:
            return entity
        if not (doc[i].is_title or doc[i].text == "."):
            return None
    return None


def _after_honorific(doc: Doc, at: int) -> Token:
    """The name after "Mr.", "Mrs.", "Dr." ("an adviser to Mr. Sanders"), which NER leaves out
    of the person's name; the token at `at` when none stands there."""
    while at + 1 < len(doc) and doc[at].lower_.rstrip(".") in word_set("honorific"):
        at += 2 if doc[at + 1].text == "." else 1
    return doc[min(at, len(doc) - 1)]
