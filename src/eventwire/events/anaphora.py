"""Mentions that refer back to an act told before: definite event nouns and doerless passives.

News tells an act once with its participants ("bombings at U.S. embassies in Kenya") and then
refers to it by a definite noun ("The blast in Nairobi occurred at 10:35", "the attacks were
plotted by ..."). Such a mention is the same act, so a side it leaves unsaid is that of the
latest earlier mention of the same type that says it; event coders code every mention of an
event with its dyad. An indefinite noun ("an attack") or a verb tells a new act.

A passive with no "by" phrase that tells again what was done to someone the article has
already said was done it to, by a named doer ("a British expert kidnapped by Khmer Rouge
guerrillas ... Howes was abducted in March 1996"; "Tanzania expelled five Iraqis ... Five
Iraqis also were deported"), is that act retold: it takes that doer. A victim whose act the
article never gave a doer keeps an empty side (unknown perpetrators stay unknown).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Token

from eventwire.codes import country_display_name, group_lexicon
from eventwire.events.passives import agents, is_passive
from eventwire.events.roles import split_roles, subject_acts
from eventwire.model import Event, Participant

DEFINITE = {"the", "this", "that", "these", "those"}
# Prepositions that give a noun participants of its own ("the warning by the attorney's office",
# "the appeal of radical change"); a place or time ("the blast in Nairobi") does not.
OWN_ARGUMENTS = {"of", "by", "against", "on", "with", "to", "toward", "towards", "for", "between"}
# How many sentences back a retold act's first telling may be: the story's recent past.
RETOLD_WINDOW = 5
# Acts done to a victim, whose doer news names once and then leaves out; a request or charge
# told in the passive ("was asked", "was charged") is as often someone else's.
RETOLD_TYPES = {"ASSAULT", "COERCE", "SANCTION"}


def refers_back(head: Token) -> bool:
    """A definite event noun with no possessor or participant phrase of its own ("the blast",
    "these attacks"); not the people taking part ("the protesters"), actors of their own."""
    determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
    possessed = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in OWN_ARGUMENTS) for c in head.children
    )
    taking_part = (head.lower_,) in group_lexicon()
    definite = bool(determiners & DEFINITE)
    return head.pos_ == "NOUN" and definite and not possessed and not taking_part


def doerless_passive(head: Token, nominal: bool) -> bool:
    """ "was abducted", "were deported": a passive verb that names no doer."""
    return not nominal and is_passive(head) and not agents(head)


class EventMemory:
    """The article's events told so far with a source or target, latest last, with the number
    of the sentence each was told in."""

    def __init__(self) -> None:
        self.told: list[tuple[int, Event]] = []
        self.first_tellings: list[tuple[int, Event]] = []  # doers named by a clause of their own
        self.sentence_starts: list[int] = []

    def resolve(self, head: Token, nominal: bool, event: Event) -> None:
        """Fill the unsaid sides of a definite event noun from its antecedent, and the doer of
        a doerless passive retelling an earlier act; then remember the event when it names
        anyone."""
        number = self._sentence_number(head)
        if nominal and refers_back(head):
            self._fill(event, self._antecedent(event))
        elif doerless_passive(head, nominal) and not event.actors:
            self._fill(event, self._first_telling(event, number))
        if event.actors or event.recipients:
            self.told.append((number, event))
            if not nominal and not subject_acts(head):
                self.first_tellings.append((number, event))

    def _sentence_number(self, head: Token) -> int:
        if not self.sentence_starts:
            self.sentence_starts = [s.start for s in head.doc.sents]
        return bisect_right(self.sentence_starts, head.i) - 1

    @staticmethod
    def _fill(event: Event, antecedent: Event | None) -> None:
        if antecedent is None:
            return
        if not event.actors:
            event.actors = [p.model_copy() for p in antecedent.actors]
        if not event.recipients:
            event.recipients = [p.model_copy() for p in antecedent.recipients]
        event.actors, event.recipients = split_roles(event.actors, event.recipients)

    def _antecedent(self, event: Event) -> Event | None:
        for _, earlier in reversed(self.told):
            if earlier.type == event.type:
                return earlier
        return None

    def _first_telling(self, event: Event, number: int) -> Event | None:
        """The latest act of the same type, told in the last few sentences by a clause naming its
        doer (not one whose doer is only read off an act noun, "the bombings killed"), done
        to the same victim: the same actor, or the country of a victim first told only by its
        nationality ("a British expert" is coded as Britain)."""
        if event.type not in RETOLD_TYPES:
            return None
        victims = {p.actor_id for p in event.recipients} | {p.country for p in event.recipients}
        for told_in, earlier in reversed(self.first_tellings):
            if number - told_in > RETOLD_WINDOW:
                return None
            done_to = {key for p in earlier.recipients for key in _victim_keys(p)}
            if earlier.type == event.type and earlier.actors and victims & done_to:
                return earlier
        return None


def _victim_keys(participant: Participant) -> set[str]:
    keys = {participant.actor_id} if participant.actor_id else set()
    country = participant.country
    if country and participant.name == country_display_name(country):
        keys.add(country)
    return keys
