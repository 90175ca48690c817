"""A protest told as the occasion of force used on it: "were arrested during protests in
Jakarta", "were injured in Saturday's demonstrations", "fired tear gas at students during a
march".

Wire copy tells a protest this way: what the police or the army did to the crowd is the
sentence's verb, the protest its setting. A protest noun set by "during", "in" or "at" under an
arrest or an attack is no background of that act, nor its content: the protest took place, and
analysts code it beside the arrest (a campaign "rally" under "spoke" is no force, and stays a
venue). Those the force was used on are the crowd, never those who used it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FORCE_SECTORS, FORCE_TYPES, word_types, words
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import PROTEST
from eventwire.model import Event, Participant
from eventwire.parse.arguments import patients, prep_nouns
from eventwire.parse.nlp import TIME_ENTITIES

OCCASION_PREPS = words("event_words.tsv", "protest_occasion")  # during, in, at
AIMED_PREPS = {"at", "on"}  # "fired tear gas at students", "opened fire on marchers"


def policed_protest(match: TriggerMatch) -> bool:
    """Whether the match is a protest noun whose phrase sets an act of force ("arrested
    during protests")."""
    return match.nominal and policed(match.head, match.code.type)


def policed(head: Token, kind: str) -> bool:
    """Whether the trigger `head`, of type `kind`, is a protest noun whose phrase sets an act
    of force."""
    return kind == PROTEST and _force_verb(head) is not None


def policed_sides(reader: RoleReader, match: TriggerMatch, event: Event) -> None:
    """Set the sides of a policed protest and of the force used on it: those the force was
    used on ("students were arrested during protests") are the force's target and, less any
    police or soldiers among them, the protest's doers where its own phrase names none ("protests
    by teachers against the minister" keeps its own sides; the force's doer is none of them)."""
    verb = _force_verb(match.head) if policed_protest(match) else _policing(match)
    if verb is None:
        return
    found = [*patients(verb), *prep_nouns(verb, AIMED_PREPS)]
    crowd = [t for t in found if not (_protest(t) and _force_verb(t) == verb)]
    people = [p for t in crowd for p in reader.phrase(t)]
    if match.head != verb:  # the police hurt beside the crowd protested not
        crowd_doers = [p for p in people if p.sector not in FORCE_SECTORS]
        event.actors = _in_phrase(match.head, event.actors) or crowd_doers
        event.recipients = _in_phrase(match.head, event.recipients)
    elif people:
        event.recipients = people


def _in_phrase(noun: Token, sides: list[Participant]) -> list[Participant]:
    """The sides read from the protest noun's own phrase ("protests by teachers against the
    minister"), not those taken from the force verb it sets (its police, its victims)."""
    return [p for p in sides if any(p.covers(t.idx) for t in noun.subtree)]


def _policing(match: TriggerMatch) -> Token | None:
    """The force verb of the match when a protest noun in its "during", "in" or "at" phrase
    sets it ("were arrested during protests")."""
    verb = match.head
    if match.nominal or match.code.type not in FORCE_TYPES:
        return None
    noun_sets = any(
        _protest(n) and _force_verb(n) == verb for n in prep_nouns(verb, OCCASION_PREPS)
    )
    return verb if noun_sets else None


def _protest(noun: Token) -> bool:
    """A protest noun ("protests", "a march"), not a date ("abducted in March 1996")."""
    common = noun.pos_ == "NOUN" and noun.ent_type_ not in TIME_ENTITIES
    return common and PROTEST in word_types(noun.lemma_.lower(), "N", bare=True)


def _force_verb(noun: Token) -> Token | None:
    """The arrest or attack verb whose "during", "in" or "at" phrase the noun is."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ not in OCCASION_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    force = FORCE_TYPES & word_types(verb.lemma_.lower(), "V", bare=True)
    return verb if verb.pos_ == "VERB" and force else None
