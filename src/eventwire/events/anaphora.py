"""Definite event nouns that refer back: "the blast", "the attacks" name an act told before.

News tells an act once with its participants ("bombings at U.S. embassies in Kenya") and then
refers to it by a definite noun ("The blast in Nairobi occurred at 10:35", "the attacks were
plotted by ..."). Such a mention is the same act, so a side it leaves unsaid is that of the
latest earlier mention of the same type that says it; event coders code every mention of an
event with its dyad. An indefinite noun ("an attack") or a verb tells a new act.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.roles import split_roles
from eventwire.model import Event

DEFINITE = {"the", "this", "that", "these", "those"}
# Prepositions that give a noun participants of its own ("the warning by the attorney's office",
# "the appeal of radical change"); a place or time ("the blast in Nairobi") does not.
OWN_ARGUMENTS = {"of", "by", "against", "on", "with", "to", "toward", "towards", "for", "between"}


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


def _guessed(event: Event) -> bool:
    """Recipients told by no words of their own: the convention's guess of the doers' own
    people or government (`premises.own_people`, a protest's own government), whose evidence is
    the doer's mention. The act told before says whom it was aimed at."""
    doers = {(p.mention.start, p.mention.end) for p in event.actors}
    return all(
        p.actor_id is None and (p.mention.start, p.mention.end) in doers for p in event.recipients
    )


class EventMemory:
    """The article's events told so far with a source or target, latest last."""

    def __init__(self) -> None:
        self.told: list[Event] = []

    def resolve(self, head: Token, nominal: bool, event: Event) -> None:
        """Fill the unsaid sides of a definite event noun from its antecedent, then remember
        the event when it names anyone."""
        antecedent = self._antecedent(event) if nominal and refers_back(head) else None
        if antecedent is not None:
            if not event.actors:
                event.actors = [p.model_copy() for p in antecedent.actors]
            if not event.recipients or (_guessed(event) and antecedent.recipients):
                event.recipients = [p.model_copy() for p in antecedent.recipients]
            event.actors, event.recipients = split_roles(event.actors, event.recipients)
        if event.actors or event.recipients:
            self.told.append(event)

    def _antecedent(self, event: Event) -> Event | None:
        for earlier in reversed(self.told):
            if earlier.type == event.type:
                return earlier
        return None
