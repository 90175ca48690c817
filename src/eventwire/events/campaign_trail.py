"""A candidate's rounds: rallies and stops on the campaign trail, no protest or consultation.

"She is holding a rally in Tucson" is a candidate's campaign event (a group rallies in
protest: "activists held a rally"); "the senator visited Ohio", "hurrying to visit every
county", "toured a veterans' shelter" is campaigning at home, not a visit to another party
(PLOVER's CONSULT is between parties: "Trump visited Mexico" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.campaign_rallies import RALLIES
from eventwire.events.lexicon import PERSON_PRONOUNS
from eventwire.events.patterns import TriggerMatch
from eventwire.events.travel import VISIT
from eventwire.model import Participant

CAMPAIGN_SECTORS = {"PTY", "LEG"}  # candidates, parties, legislators
PROTESTING_SECTORS = {"CVL", "OPP", "NGO", "REB", "REL", "LAB"}  # those who rally in protest


def held_by_a_person(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A rally held by one person ("she is holding a rally"), aimed at no one and held by no
    civilians, activists or opposition ("the veteran held a rally against the war" protests); one
    named for a candidate ("a Trump rally") is no trigger at all (`campaign_rally`)."""
    head = match.head
    if not match.nominal or match.code.type != "PROTEST" or head.lemma_.lower() not in RALLIES:
        return False
    if any(c.lower_ == "against" for c in head.children) or any(
        p.sector in PROTESTING_SECTORS for p in actors
    ):
        return False
    holders = [c for c in head.head.children if c.dep_ == "nsubj"] if head.dep_ == "dobj" else []
    return any(_one_person(t) for t in holders)


def campaign_stop(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """A visit by candidates or legislators that meets no one with a sector and goes to no
    other country."""
    if match.code.cameo != VISIT or not actors:
        return False
    if not all(p.sector in CAMPAIGN_SECTORS for p in actors):
        return False
    home = {p.country for p in actors}
    return not any(p.sector or (p.country and p.country not in home) for p in recipients)


def _one_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in PERSON_PRONOUNS
