"""Someone unnamed whom the text places by a town is of that town's country.

"A Brooklyn woman was killed", "a sniper killed a Buffalo, N.Y., doctor", "lashed out at his
Miami relatives": the person or group is no actor of the article (no name, no title), but the
place name modifying the noun tells whose people they are, as a demonym would ("a Palestinian
man"). The place is one the places stage geocoded in that very word, so its country is known.
So is a town a hostile act strikes ("shelled positions near Basra", `struck_places`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.home_places import home_countries
from eventwire.events.lexicon import FORCE_TYPES
from eventwire.events.light import AIM_PREPS  # "lashed out at his Miami relatives"
from eventwire.events.participants import RoleReader
from eventwire.events.people_struck import strikes_people
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import CONSULT
from eventwire.events.struck_places import site_places
from eventwire.events.verb_arguments import patients
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_map
from eventwire.model import Evidence, Participant, Place
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import VERB_POS
from eventwire.sectors import GOVERNMENT

PLACE_DEPS = COMPOUND_DEPS


def placed_targets(
    reader: RoleReader,
    head: Token,
    places: list[Place],
    type_: str = "",
    doers: list[Participant] | None = None,
    own_preps: frozenset[str] = frozenset(),
) -> list[Participant]:
    """Unnamed targets of a verb with a geocoded place modifying them, as that country's; a
    hostile act's targets by the town it strikes ("shelled positions near Basra"), when its
    doers are named; a state or town another act names as its party, through its government,
    also as the object of a preposition the trigger names (`own_preps`: "sided with the state
    of Ohio", "broke with the city"); a town only at home (`_party_town`)."""
    doers = doers or []
    if head.pos_ not in VERB_POS:  # "a bombing in Jerusalem": only where it struck
        if type_ not in FORCE_TYPES | {CONSULT}:  # "a lawsuit against the state of Ohio"
            return _governed_opponents(reader, head, places, doers)
        return _sited(head, places) if type_ in FORCE_TYPES and doers else []
    slots = _slots(head, own_preps)
    found = [p for t in slots if (p := _placed(reader, t, places)) is not None]
    if type_ not in FORCE_TYPES | {CONSULT}:  # "sued Arizona": a state or town as a party; not
        # a site struck, nor a place visited (`travel`: a domestic trip is no visit)
        owners = [o for t in slots for o in _owners(t)]  # "rejected Ohio's appeal"
        found += [p for t in slots + owners if (p := _governed_place(reader, t, places))]
        found = [p for p in found if _party_town(reader, p, places, doers)]
    return found or (_sited(head, places) if type_ in FORCE_TYPES and doers else [])


def _governed_opponents(
    reader: RoleReader, noun: Token, places: list[Place], doers: list[Participant]
) -> list[Participant]:
    """ "the lawsuit against Texas", "a complaint against the city of Tulsa": an act noun's
    "against" object that is a state or town is a party through its government, as the
    object of a verb is; a town only at home (`_party_town`)."""
    opposed = [p for t in pobjs(noun, {"against"}) if (p := _governed_place(reader, t, places))]
    return [p for p in opposed if _party_town(reader, p, places, doers)]


def governed_doers(
    reader: RoleReader, head: Token, places: list[Place], doers: list[Participant]
) -> list[Participant]:
    """The doers; where none was read, a subject that describes a state or town by its name
    ("the state of Texas sued", "the city of Phoenix is demanding"): its government acts."""
    if doers or head.pos_ not in VERB_POS:
        return doers
    subjects = [t for t in verb_subjects(head) if t.pos_ == "NOUN" and pobjs(t, {"of"})]
    return [p for t in subjects if (p := _governed_place(reader, t, places))]


def _slots(head: Token, own_preps: frozenset[str] = frozenset()) -> list[Token]:
    heads = [head, *(c for c in head.children if c.dep_ == "prt")]  # "lashed out at"
    slots = patients(head)  # "killed a Buffalo doctor", "a Brooklyn woman was killed"
    return slots + [t for h in heads for t in pobjs(h, AIM_PREPS | own_preps)]


def _owners(noun: Token) -> list[Token]:
    """The party whose thing an act handles: "struck down Texas's law", "rejected an appeal by
    Ohio"; a state's or town's appeal, law or budget is its government's act."""
    if noun.pos_ != "NOUN":
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return owners + [t for t in pobjs(noun, {"by"}) if t.pos_ == "PROPN"]


def _sited(head: Token, places: list[Place]) -> list[Participant]:
    """The geocoded places the act strikes, named by the place's words ("Khan Younis"), one
    each; one no geocoding placed is left out (better no target than a guessed one), and none
    for an act that names the people it struck ("killed a journalist in Mali")."""
    if strikes_people(head):
        return []
    found = {
        place.id: Participant(
            name=place.evidence.text, country=place.country, mention=place.evidence
        )
        for token in site_places(head)
        for place in places
        if place.evidence.start <= token.idx < place.evidence.end and place.country
    }
    return list(found.values())


def _placed(reader: RoleReader, noun: Token, places: list[Place]) -> Participant | None:
    if noun.pos_ != "NOUN" or reader.mention_at(noun) is not None or reader.phrase(noun):
        return None
    for modifier in (c for c in noun.children if c.dep_ in PLACE_DEPS and c.pos_ == "PROPN"):
        country = country_at(places, modifier.idx)
        if country is not None:
            evidence = Evidence.of(doc_text(reader.doc), noun.idx, noun.idx + len(noun))
            return Participant(name=noun.text, country=country, mention=evidence)
    return None


def country_at(places: list[Place], offset: int) -> str | None:
    """The country of the geocoded place whose words cover the offset."""
    for place in places:
        if place.evidence.start <= offset < place.evidence.end and place.country:
            return place.country
    return None


def _place_described(noun: Token, places: list[Place]) -> Participant | None:
    """ "the city", "the state" with no name of its own: the latest geocoded place of that
    kind named before it, acting through its government; "the state of Arizona" is Arizona."""
    feature = word_map("place_kind").get(noun.lower_)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    if not feature or not definite or any(c.dep_ == "compound" for c in noun.children):
        return None
    named = [p for t in pobjs(noun, {"of"}) if (p := _place_of(t, places, feature))]
    if named or any(c.dep_ == "prep" for c in noun.children):
        return named[0] if named else None
    before = [p for p in places if p.evidence.end <= noun.idx and p.feature == feature]
    if not before or not before[-1].country:
        return None
    evidence = Evidence.of(doc_text(noun.doc), noun.idx, noun.idx + len(noun))
    return Participant(
        name=before[-1].evidence.text,
        country=before[-1].country,
        sector=GOVERNMENT,
        mention=evidence,
    )


def _party_town(
    reader: RoleReader, party: Participant, places: list[Place], doers: list[Participant]
) -> bool:
    """A town acts through its government only at home ("sued the city of Chicago"): a town
    abroad named as the object stands for what happened there ("investigate Benghazi"), where
    a foreign state would be named by its country or capital; with no home known, any town."""
    towns = [p for p in places if p.feature == "city" and p.evidence == party.mention]
    home = home_countries(reader, doers)
    return not towns or not home or party.country in home


def _governed_place(reader: RoleReader, token: Token, places: list[Place]) -> Participant | None:
    """A state, province or town named as a party ("will sue Arizona") or described ("ordered
    the city to"), through its government; a country is an actor of its own."""
    if reader.mention_at(token) is not None or reader.phrase(token):
        return None
    if token.pos_ == "NOUN":
        return _place_described(token, places)
    return _place_of(token, places, "admin1") or _place_of(token, places, "city")


def _place_of(token: Token, places: list[Place], feature: str) -> Participant | None:
    """The geocoded place of that feature whose words cover the token, as its government."""
    for place in places:
        covers = place.evidence.start <= token.idx < place.evidence.end
        if covers and place.feature == feature and place.country:
            return Participant(
                name=place.evidence.text,
                country=place.country,
                sector=GOVERNMENT,
                mention=place.evidence,
            )
    return None
