"""Opposing a person of one's own politics is disapproval of that person, not a rejection.

PLOVER's REJECT turns down a proposal, demand or claim ("opposed the bill", "their opposition to
the tax"), and the lexicon reads "oppose" so. Opposed to a person ("virulently opposed Trump in
the primaries", "he was opposed by the party's leaders", "their opposition to Clinton"), the word
tells hostility toward that person, which the articles' coders code as criticism (ACCUSE). A
state opposing a foreign ruler ("Assad, opposed by the U.S.") keeps the rejection: the sides
must share a country, as candidates, parties and officials of one contest do.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.lexicon import is_person, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.plover_types import REJECT
from eventwire.events.verb_arguments import patients, prep_nouns
from eventwire.model import Event, Participant

OPPOSING = words("event_words.tsv", "opposing")


def opposed_person(match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as criticism, and the event with it, when what is opposed is a person
    of the opposer's own country (module doc)."""
    if match.code.type != REJECT or match.head.lemma_.lower() not in OPPOSING:
        return match
    if not any(is_person(stand_in(t)) for t in _opposed(match)):
        return match
    if not event.recipients or not all(_compatriot(p, event.actors) for p in event.recipients):
        return match
    return match.recode_event(event, CRITICISM)


def _opposed(match: TriggerMatch) -> list[Token]:
    """What the word opposes: the verb's object or passive subject ("was opposed by"), the
    noun's "to" object ("opposition to Trump")."""
    head = match.head
    if not match.nominal:
        return patients(head)
    return prep_nouns(head, {"to"})


def _compatriot(target: Participant, opposers: list[Participant]) -> bool:
    """A target of the opposers' country (any country when none is told for either side)."""
    countries = {p.country for p in opposers if p.country}
    return target.country is None or not countries or target.country in countries
