"""People NER tags as something else or not at all: a title with a full name read as an
organisation ("Pastor Michael Reed", "Bishop Anna Stern" tagged ORG) or before a title in
apposition ("Ovidio Zelaya, Foreign Minister of Honduras," tagged ORG), a full name read as a
nationality ("Roman Petrosyan" tagged NORP). A given name the name table knows, then
name-cased words, is a person, also where NER tagged none of its words or the given name
alone ("Samir Haleen shot ..."); "General Motors Corp." is not ("Motors" is no given name),
nor "Roman Catholic" or "Christian Democrat", whose second word names a faith or a party."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.known_surnames import known_surnames
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.misread_bodies import misread_bodies
from eventwire.actors.name_checks import name_cased
from eventwire.actors.phrases import find_role, title_words
from eventwire.actors.role_names import role_named_names
from eventwire.actors.split_names import whole_names
from eventwire.codes import country_of
from eventwire.given_names import gender_of_given_name
from eventwire.lexicons import word_set
from eventwire.parse.nlp import entities, tokens
from eventwire.parse.tags import NAME_TAG, PLURAL_NOUN_TAG

MIN_NAME_WORDS = 2  # given name, surname
MAX_NAME_WORDS = 3
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
TITLE_MODIFIER_DEPS = frozenset({"compound", "amod"})  # "Foreign Minister", "chief executive"


def misread_person(ent: Span) -> bool:
    """Whether an organisation or nationality entity is a (titled) person's full name."""
    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ == "ORG" and words and words[0].lower_ in title_words():
        return _full_name(words[1:])
    if ent.label_ == "ORG" and _titled_in_apposition(ent):
        return True
    if ent.label_ != "NORP" or not words or country_of(words[0].text) is not None:
        return False  # "French Islamist": a demonym before a noun, though "French" is a name
    return _full_name(words) and not any(map(_group_word, words[1:]))


def _full_name(words: list[Token]) -> bool:
    if len(words) < MIN_NAME_WORDS:
        return False
    if not all(t.pos_ == "PROPN" and t.tag_ == NAME_TAG for t in words[1:]):  # "Roman" is an ADJ
        return False
    if not all(name_cased(t.text) for t in words):
        return False
    return gender_of_given_name(words[0].text) is not None


def _titled_in_apposition(ent: Span) -> bool:
    """ "Ovidio Zelaya, Foreign Minister of Honduras": an unfamiliar full name NER tagged ORG,
    whose phrase in apposition has a person's title for its head, is that person; "Federal
    Council, Switzerland's executive body" is not (its head, "body", is no title)."""
    if not MIN_NAME_WORDS <= len(ent) <= MAX_NAME_WORDS or ent[-1].lower_ in company_endings():
        return False
    if not all(t.tag_ == NAME_TAG and name_cased(t.text) for t in ent):
        return False
    heads = [c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end]
    return any(h.tag_ != PLURAL_NOUN_TAG and _ends_title(h) for h in heads)


def _ends_title(head: Token) -> bool:
    """Whether a title ends at the noun with its modifiers ("Foreign Minister"), not a body
    named by a title's word ("union" of "union leader")."""
    words = [*(t for t in head.lefts if t.dep_ in TITLE_MODIFIER_DEPS), head]
    role = find_role(head.doc, words)
    return role is not None and role[1].evidence.end == head.idx + len(head)


def _group_word(word: Token) -> bool:
    """A demonym, a faith or a party word: "Arab American", "Roman Catholic"."""
    lower = word.lower_
    faith = lower in word_set("faith_people") or f"{lower}s" in word_set("faith_people")
    return faith or lower in word_set("party_adjective") or country_of(word.text) is not None


def person_spans(doc: Doc) -> list[Span]:
    """The entities, and before them the full names NER left untagged or cut after the given
    name or misread after a role noun, which replace the entities they overlap ("Samir" of
    "Samir Haleen", the place "Houn Hourth" of "his interpreter Houn Hourth"), and known
    leaders' surnames the tagger missed ("Chissano accused Malawi")."""
    untagged = _disjoint([*untagged_names(doc), *role_named_names(doc), *known_surnames(doc)])
    taken = {i for span in untagged for i in range(span.start, span.end)}
    bodies = misread_bodies(doc)  # "Kelvara, a drilling company," tagged PERSON
    tagged = whole_names([e for e in entities(doc) if e not in bodies])  # "Paloma [Wu]"
    return [*untagged, *(e for e in tagged if taken.isdisjoint(range(e.start, e.end)))]


def untagged_names(doc: Doc) -> list[Span]:
    """Full names NER left untagged, as PERSON spans: a given name then one or two name-cased
    proper nouns, none of them in an entity, that stand as an argument of their clause."""
    found, words = [], tokens(doc)
    for token in words:
        if token.pos_ != "PROPN" and token.ent_iob_ != "B":
            continue  # no name word, untagged or a lone tagged given name, starts here
        if token.i and _untagged_name_word(words[token.i - 1]):
            continue
        end = token.i + _lone_tagged_given_name(token)
        while end < len(doc) and end - token.i < MAX_NAME_WORDS and _untagged_name_word(words[end]):
            end += 1
        if end < len(doc) and _untagged_name_word(words[end]):
            continue  # a longer capitalised run: a title or a body's name
        if end - token.i < MIN_NAME_WORDS:
            continue
        span = Span(doc, token.i, end, label="PERSON")
        named = _full_name(list(span)) and not _determined(span)
        named = named and find_role(doc, list(span)) is None  # "Prime Minister" is a title
        if named and country_of(token.text) is None and span.root.dep_ in ARGUMENT_DEPS:
            found.append(span)
    return found


def _disjoint(spans: list[Span]) -> list[Span]:
    """The spans that overlap none before them (two readers may find one name)."""
    kept: list[Span] = []
    for span in spans:
        if all(span.end <= k.start or k.end <= span.start for k in kept):
            kept.append(span)
    return kept


def _untagged_name_word(word: Token) -> bool:
    return word.ent_iob_ == "O" and word.pos_ == "PROPN" and name_cased(word.text)


def _lone_tagged_given_name(word: Token) -> bool:
    """ "Samir" tagged alone before an untagged surname: NER cut the name after it."""
    if word.ent_iob_ != "B" or word.ent_type_ != "PERSON":  # most words: no neighbour to read
        return False
    alone = word.i + 1 == len(word.doc) or word.nbor().ent_iob_ != "I"
    return alone and gender_of_given_name(word.text) is not None


def _determined(span: Span) -> bool:
    """ "the Fox News Poll": a name after a determiner is no person's."""
    return bool(span.start) and span.doc[span.start - 1].pos_ == "DET"
