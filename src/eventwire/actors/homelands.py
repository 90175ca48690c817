"""A person the text sends home ("he did not want to go back to Cuba", "allowed Elian to return
to Cuba", "refuse to send him back to Cuba", "Elian's return to Cuba", "deported to Guatemala")
or says came from abroad ("came to Clarkston from Iraq", "fled Syria", "was smuggled
out of Cuba"). News says this of foreigners, so such a person belongs to that country rather
than to the article's home country, which is only a default for locals named bare.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.scenes import coded_by_home
from eventwire.codes import country_of, division_countries
from eventwire.lexicons import word_map, word_set
from eventwire.model import Actor, ActorType, Code, Evidence, Mention
from eventwire.parse.arguments import objects
from eventwire.parse.deps import PATIENT_DEPS
from eventwire.parse.nlp import doc_text, expanded_span
from eventwire.sectors import INTERNATIONAL

BACK = "back"
TO = "to"
WHO = "who"
FROM, OUT, OF, IN = "from", "out", "of", "in"
HOMELAND = "homeland"
CARRIED = "object"  # an origin verb whose object is the person moved ("smuggled her out of Cuba")


def code_at_homelands(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """People coded only by the home default whom a clause sends back to a country, or says
    came from one."""
    recode_home_people(doc, actors, mentions, _homeland)


def _homeland(person: Token) -> Code | None:
    """The country a clause sends the person back to, else the one it says they came from."""
    return _sent_home(person) or _came_from(person)


def recode_home_people(
    doc: Doc,
    actors: list[Actor],
    mentions: list[Mention],
    country_told: Callable[[Token], Code | None],
    types: frozenset[ActorType] = frozenset({ActorType.PERSON}),
) -> None:
    """Give each person (or other actor of `types`) coded only by the home default, or a person
    left with no country in a text with no home, the first country `country_told` reads off
    the head word of one of their mentions, in text order."""
    by_id = {a.id: a for a in actors if coded_by_home(a, set(types)) or _stateless(a)}
    for mention in sorted(mentions, key=lambda m: m.evidence.start):
        actor = by_id.get(mention.actor_id)
        head = head_word(doc, mention) if actor is not None else None
        if actor is None or head is None:
            continue
        country = country_told(head)
        if country is not None and not _home_state(country, actor):
            actor.country = country
            del by_id[actor.id]


def _stateless(actor: Actor) -> bool:
    """A person with no country who acts for no international body: an IGO's official
    "in Geneva" is still no state's."""
    igo = actor.sector is not None and actor.sector.value == INTERNATIONAL
    return actor.type == ActorType.PERSON and actor.country is None and not igo


def _home_state(country: Code, actor: Actor) -> bool:
    """ "the Tea Party Patriots in Georgia", "a farmer from Montana" in a US story: a place that
    names a foreign country or town and a state of the person's home country too is the state,
    which sends no one abroad, also when another country has a division so named."""
    evidence, home = country.evidence, actor.country
    return (
        evidence is not None
        and home is not None
        and country.value != home.value
        and home.value in division_countries().get(evidence.text, frozenset())
    )


def head_word(doc: Doc, mention: Mention) -> Token | None:
    """The mention's head word, the last of its words ("Miguel Gonzalez" → Gonzalez); None
    when the mention does not start at a word."""
    start, end = mention.evidence.start, mention.evidence.end
    span = expanded_span(doc, start, end)
    return span[-1] if span and span[0].idx == start else None


def _sent_home(person: Token) -> Code | None:
    """The country the person's verb (or a verb it wants: "want to go back") returns to, or
    that of a verb or noun that sends the person there ("send him back to Cuba", "Elian's
    return to Cuba"): where one is sent back to is home, whoever does the sending."""
    for verb in [*_verbs_of(person), *_returns_of(person)]:
        for moving in [verb, *(c for c in verb.children if c.dep_ == "xcomp")]:
            country = _destination(moving)
            if country is not None:
                return country
    return None


def _verbs_of(subject: Token) -> list[Token]:
    """The verb the subject governs, and that of a "who" clause on it ("his father, Juan
    Miguel Gonzalez, who wants to return to Cuba")."""
    verbs = [subject.head] if subject.dep_.startswith("nsubj") else []
    for clause in (c for c in subject.children if c.dep_ == "relcl"):
        if any(c.dep_.startswith("nsubj") and c.lower_ == WHO for c in clause.children):
            verbs.append(clause)
    return verbs


def _returns_of(person: Token) -> list[Token]:
    """The verb the person is the object of ("send him back", "return Elian to Cuba") and the
    return a name owns ("Elian's return to Cuba", not "his": a possessive pronoun is too often
    read as the wrong person's); `_destination` keeps the homeward ones."""
    carried = person.dep_ == "dobj" and person.head.pos_ == "VERB"
    owned = person.dep_ == "poss" and person.head.pos_ == "NOUN" and person.pos_ == "PROPN"
    return [person.head] if carried or owned else []


def _destination(verb: Token) -> Code | None:
    """ "return to Cuba", "go back to Cuba", "sent back to Cuba": a country after "to", or
    the one a relative gone to lives in ("returned to his father in Cuba")."""
    backs = [c for c in verb.children if c.lower_ == BACK]
    if verb.lemma_ not in word_set("homeward_verb") and not (
        backs and verb.lemma_ in word_set("back_verb")
    ):
        return None
    places = [p for holder in [verb, *backs] for p in _objects_of(holder, TO)]
    places += [
        p for kin in places if kin.lower_ in word_set("kin_noun") for p in _objects_of(kin, IN)
    ]
    return next(filter(None, map(_country_named, places)), None)


def _came_from(person: Token) -> Code | None:
    """ "came to Clarkston from Iraq", "fled Syria", "who escaped from Eritrea", "smuggled
    Elena out of Cuba": the country an origin verb moves the person out of; a coming "back"
    or "home" from a country is a return (a soldier's from a war), not an origin."""
    for verb in _origin_verbs(person):
        if any(c.lower_ in word_set("return_adverb") for c in verb.children):
            continue
        places = objects(verb) + _objects_of(verb, FROM)
        for out in (c for c in verb.children if c.lower_ == OUT):
            places += _objects_of(out, OF)
        country = next(filter(None, map(_country_named, places)), None)
        if country is not None:
            return country
    return None


def _origin_verbs(person: Token) -> list[Token]:
    """The origin verbs the person moves by: as the subject of "came", "fled"; as the object
    (or passive subject) of a verb that carries someone ("smuggled Elena", "was smuggled")."""
    origins = word_map("origin_verb")
    carried = person.dep_ in PATIENT_DEPS and origins.get(person.head.lemma_) == CARRIED
    if carried:
        return [person.head]
    return [v for v in _verbs_of(person) if origins.get(v.lemma_, CARRIED) != CARRIED]


def _objects_of(holder: Token, preposition: str) -> list[Token]:
    """The objects of the holder's preposition ("to Cuba", "from Iraq", "out of Cuba")."""
    preps = (c for c in holder.children if c.dep_ == "prep" and c.lower_ == preposition)
    return [c for prep in preps for c in prep.children if c.dep_ == "pobj"]


def _country_named(place: Token) -> Code | None:
    """The country a word names (not a demonym), as a homeland code with the word as evidence."""
    country = country_of(place.text)
    if country is None or country.is_demonym:
        return None
    found = Evidence.of(doc_text(place.doc), place.idx, place.idx + len(place))
    return Code(value=country.iso3, evidence=found, method=HOMELAND)
