"""A candidate's rounds: rallies and stops on the campaign trail, no protest or consultation.

"She is holding a rally in Tucson" is a candidate's campaign event (a group rallies in
protest: "activists held a rally"); "the senator visited Ohio", "hurrying to visit every
county", "toured a veterans' shelter" is campaigning at home, not a visit to another party
(PLOVER's CONSULT is between parties: "Trump visited Mexico" stays).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import VISIT
from eventwire.events.campaign_rallies import CAMPAIGN, RALLIES, one_person
from eventwire.events.lexicon import CONTEST, HOSTILE_PREFIXES, mentions, word_types, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import PROTEST
from eventwire.model import Participant
from eventwire.parse.tags import VERB_POS
from eventwire.sectors import (
    ADVOCACY,
    CIVILIANS,
    LABOR,
    LEGISLATORS,
    OPPOSITION,
    PARTY,
    REBELS,
    RELIGION,
)

CAMPAIGN_SECTORS = {PARTY, LEGISLATORS}  # candidates, parties, legislators
# those who rally in protest
PROTESTING_SECTORS = {CIVILIANS, OPPOSITION, ADVOCACY, REBELS, RELIGION, LABOR}
ELECTORAL = CAMPAIGN | CONTEST  # campaign, primary, voters, candidate, nomination
CROWD = words("event_words.tsv", "crowd")  # protesters, demonstrators, marchers


def held_by_a_person(match: TriggerMatch, actors: list[Participant]) -> bool:
    """A rally held by one person ("she is holding a rally", "he'll cap the night with a
    rally"), aimed at no one and held by no civilians, activists or opposition ("the veteran
    held a rally against the war" protests); one named for a candidate or held for one ("a Trump
    rally", "a rally for Clinton") is no trigger at all (`campaign_rally`). A rally noun that only
    modifies another ("rally crowds") tells no rally."""
    head = match.head
    if not match.nominal or match.code.type != PROTEST or head.lemma_.lower() not in RALLIES:
        return False
    if any(c.lower_ == "against" for c in head.children) or any(
        p.sector in PROTESTING_SECTORS for p in actors
    ):
        return False
    if head.dep_ in {"compound", "amod"}:
        return True
    return any(one_person(t) for t in _holders(head)) or _campaign_talk(head)


def _campaign_talk(rally: Token) -> bool:
    """ "at every diner stop, every rally and every campaign event", "tickets to an Iowa rally
    for donors who raise primary money": a rally in a sentence of an election campaign that
    names no protest, protester or hostile prefix ("an anti-Trump rally") is a campaign stop,
    whoever held it; "a rally to protest the deal" and "Immigration rally" stay protests."""
    rest = [t for t in rally.sent if t != rally]
    return mentions(rally, ELECTORAL, rest) and not any(map(_protest_word, rest))


def _protest_word(token: Token) -> bool:
    """A word that tells a protest beside a rally: a protest noun or verb ("protest",
    "marched"), a protester or a hostile prefix ("anti-Trump")."""
    lemma = token.lemma_.lower()
    if lemma in CROWD or lemma in HOSTILE_PREFIXES:
        return True
    return lemma not in RALLIES and PROTEST in word_types(lemma, single=True, bare=True)


def _holders(rally: Token) -> list[Token]:
    """The subject of the verb whose object the rally is, directly or through a preposition
    ("held a rally", "rolled into town for a rally")."""
    verb = rally.head
    if rally.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif rally.dep_ != "dobj":
        return []
    return [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ in VERB_POS else []


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
