"""One's own body is no side of what one gives up or pledges: "Rubio suspended his campaign",
"Germany pledged to expand its military", "Sanders vowed to take his campaign to the convention".

A concession or a promise is made to another party. Where the object of the act conceded, or of
the act promised, is a body a possessive pronoun gives to the doer ("his campaign", "its
military"), it names what the doer acts on of its own, not whom the act is aimed at. Whom a
promise is made to is the promise's own object ("promised his supporters") and stays, as does
another's body ("vowed to end her campaign"). People the act serves are no body of the doer's
but whom it is aimed at, though a possessive gives them to the doer: "promised to protect his
supporters", "agreed to meet her French counterpart", "pledged to pay its workers".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.others_words import pronoun_fits
from eventwire.events.participant_sets import participant_key
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AGREE, CONCEDE
from eventwire.events.possessors import possessor
from eventwire.events.pronoun_antecedents import agrees
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_map
from eventwire.model import Participant
from eventwire.parse.arguments import objects
from eventwire.sectors import CIVILIANS

GIVEN_UP_TYPES = (AGREE, CONCEDE)  # a promise or a concession: made to another party


def without_own_bodies(
    reader: RoleReader, match: TriggerMatch, actors: list[Participant], targets: list[Participant]
) -> list[Participant]:
    """The targets, less the doers' own bodies named as what is conceded or promised."""
    if match.code.type not in GIVEN_UP_TYPES or not actors:
        return targets
    given = [o for o in _given_objects(match) if _body(o)]
    owned = [o for o in given if _owned_by_doers(reader, o, match.head, actors)]
    own = {participant_key(p) for o in owned for p in reader.phrase(o)}
    return [p for p in targets if participant_key(p) not in own]


def _given_objects(match: TriggerMatch) -> list[Token]:
    """What is given up ("suspended his campaign") or, for a promise, the object of the act
    promised ("pledged to expand its military"), never whom the promise is made to."""
    head = match.head
    if match.code.type == CONCEDE:
        return objects(head)
    promised = [c for c in head.children if c.dep_ == "xcomp"]
    return [c for verb in promised for c in objects(verb)]


def _body(noun: Token) -> bool:
    """A body the doer runs ("campaign", "military", "government", "troops"): a collective
    noun of the group lexicon outside the public (CVL: "supporters", "workers", "voters"),
    whom a promise or a concession serves rather than what it is done with."""
    sector = group_lexicon().get((noun.lower_,))
    return sector is not None and sector != CIVILIANS


def _owned_by_doers(
    reader: RoleReader, noun: Token, verb: Token, actors: list[Participant]
) -> bool:
    """Whether the noun's possessive pronoun stands for the doers: the owner the actors stage
    or the sentence gives it, else the doer the pronoun agrees with, as the object of one's
    own act names one's own ("Rubio suspended his campaign"; "her campaign" is another's)."""
    pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if pronoun is None:
        return False
    owner = possessor(reader, pronoun, act=False)
    if owner is not None:
        return participant_key(owner) in {participant_key(a) for a in actors}
    if pronoun.lower_ in word_map("pronoun_gender"):  # "his", "her": a doer of that gender
        return any(pronoun_fits(pronoun, a.name) for a in actors)
    subjects = verb_subjects(verb)
    return bool(subjects) and agrees(reader, pronoun, subjects[0], actors)  # "its", "their"
