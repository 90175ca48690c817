"""A federal unit that takes a legal or political act: "Oregon sued the Commerce Department",
"Michigan and Wisconsin filed a lawsuit", "Nine other states, including Idaho and Montana,
joined the lawsuit". A state or province of a federation that sues, joins, urges or rejects
acts through its government (GOV of its country), as a capital stands for a state's;
elsewhere ("floods hit Texas", "campaigned in Ohio") it stays the place it names.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.phrases import code
from eventwire.codes import capital_countries, country_of, province_countries
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import CORE_ARGUMENT_DEPS
from eventwire.parse.nlp import entities, tokens_in
from eventwire.sectors import GOVERNMENT

PARTY_DEPS = CORE_ARGUMENT_DEPS  # "Texas sued", "sued Texas"
STATES_NOUN = "states"


def find_acting_states(finder: MentionCollector) -> None:
    """Add each federal unit named as a party to a legal or political act, and each group of
    "states" that lists such units."""
    doc = finder.doc
    people = {c.key for c in finder.candidates if c.type == ActorType.PERSON}
    for ent in entities(doc):
        if ent.label_ != "GPE" or ent.text.lower() in people:  # "Toledo refuses": the person
            continue
        country = _unit_country(ent)
        if country is not None and _acts(ent.root) and finder.free(ent):
            sector = code(doc, GOVERNMENT, ent.start_char, ent.end_char)
            key = f"unit:{ent.text.lower()}"
            finder.add(
                MentionKind.NAME, ActorType.ORGANIZATION, ent, key, country=country, sector=sector
            )
    for noun in tokens_in(doc, {STATES_NOUN}):
        _add_listed_states(finder, noun)


def _add_listed_states(finder: MentionCollector, noun: Token) -> None:
    """ "Nine other states, including Idaho and Montana, joined": the group, its country
    that of the units it lists."""
    if noun.pos_ != "NOUN" or not _acts(noun):
        return
    listed = [t for t in noun.subtree if t.i > noun.i and t.ent_type_ == "GPE"]
    countries = [c for t in listed if (c := _unit_country(t.doc[t.i : t.i + 1])) is not None]
    span = noun.doc[noun.left_edge.i : noun.i + 1]
    if not countries or not finder.free(span):
        return
    sector = code(noun.doc, GOVERNMENT, span.start_char, span.end_char)
    key = f"units:{span.text.lower()}"
    finder.add(MentionKind.NAME, ActorType.GROUP, span, key, country=countries[0], sector=sector)


def _unit_country(name: Span) -> Code | None:
    """The federation of a state's or province's name; none for a country's or a capital's
    name ("Georgia" is first the country, "Washington" the capital)."""
    text = name.text
    iso3 = province_countries().get(text)
    if iso3 is None or country_of(text) is not None or text in capital_countries():
        return None
    return code(name.doc, iso3, name.start_char, name.end_char)


def _acts(word: Token) -> bool:
    """Whether the word (or the first of its conjuncts) is the subject or object of a verb of
    a legal or political act ("sue", "join", "urge", "reject")."""
    word = first_conjunct(word)
    verb = word.head
    acting = verb.lemma_ in word_set("state_act_verb")
    return word.dep_ in PARTY_DEPS and verb.pos_ == "VERB" and acting
