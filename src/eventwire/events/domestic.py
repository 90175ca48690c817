"""CAMEO's domestic convention for unnamed groups acted on by one country's actors.

Moved out of `roles` (which reads the parse) because it builds a participant of its own rather
than reading one: "police dispersed demonstrators" gives the demonstrators the police's country,
"the army shelled rebels" the rebels the army's. The convention is for groups a state acts on at
home: a state that aids or backs an armed group backs another state's ("Obama sent operators to
assist rebels", "aid to rebels vetted by the United States"), so such a group is of no country
the convention could give it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import IGO_COUNTRY, group_lexicon
from eventwire.events.parallel import parallel_object
from eventwire.events.plover_types import AID, SUPPORT
from eventwire.lexicons import word_set
from eventwire.model import Evidence, Participant
from eventwire.parse.nlp import doc_text
from eventwire.sectors import REBELS

MODIFIER_DEPS = {"compound", "nmod", "poss"}
BACKING = {AID, SUPPORT}  # arming, funding or backing an armed group
ABROAD_DEPS = {"amod", "compound"}  # "foreign workers"; "world leaders" compounds a noun


def domestic(
    actors: list[Participant], named: list[Participant], targets: list[Token], type_: str = ""
) -> list[Participant]:
    """ "police dispersed demonstrators": an unnamed group (rebels, protesters) acted on by
    actors of one country is taken to be of that country (CAMEO's domestic convention), in a
    participant of its own; a bare group actor with no country of its own ("the rebels") is
    such a group. A named addressee keeps its own actor's country, known or not ("Moroccan
    diplomats met President Obama" does not make Obama Moroccan); an armed group the act backs
    is of none (module doc)."""
    countries = {p.country for p in actors}
    if named or len(countries) != 1 or None in countries or IGO_COUNTRY in countries:
        return named
    country = countries.pop()
    heads = [parallel_object(t) or t for t in targets]  # "barred the crowd but allowed them"
    groups = [t for t in heads if (t.lower_,) in group_lexicon() and not _owned_by_body(t)]
    groups = [t for t in groups if not _from_abroad(t)]
    return [
        _group_participant(t, None if _backed_rebels(t, type_) else country) for t in groups[:1]
    ]


def _backed_rebels(head: Token, type_: str) -> bool:
    """ "assist rebels": an armed group a state aids or backs is another state's (module doc)."""
    return type_ in BACKING and group_lexicon()[(head.lower_,)] == REBELS


def _owned_by_body(head: Token) -> bool:
    """ "NATO troops", "United Nations peacekeepers": a group named by the organisation it
    serves is that body's, never the acting country's own people."""
    return any(c.dep_ in MODIFIER_DEPS and c.ent_type_ == "ORG" for c in head.children)


def _from_abroad(head: Token) -> bool:
    """ "urged a foreign government", "hired foreign workers": a group the text calls from
    abroad is no people of the doers' own country."""
    return any(
        c.dep_ in ABROAD_DEPS and c.lower_ in word_set("abroad_modifier") for c in head.children
    )


def _group_participant(head: Token, country: str | None) -> Participant:
    span = head.doc[head.left_edge.i : head.i + 1]
    return Participant(
        name=span.text,
        country=country,
        sector=group_lexicon()[(head.lower_,)],
        mention=Evidence.of(doc_text(head.doc), span.start_char, span.end_char),
    )
