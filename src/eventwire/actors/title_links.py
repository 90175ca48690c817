"""Which actor a title or description names: "the Belarusian leader" → the latest person whose
role and country fit; "the company" → the business told before, or no actor.

A title that fits no one starts no actor when it only describes ("the 68-year-old", "the
Cuban father"), since a wrong link moves an event's side; the readers of each kind of
description live in their own modules and are tried here in turn.
"""

from __future__ import annotations

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.candidates import Candidate
from eventwire.actors.descriptions import described_person, past_description
from eventwire.actors.indefinite_titles import introduces_someone
from eventwire.actors.kind_descriptions import SECTOR, kind_body
from eventwire.actors.known_descriptions import known_described
from eventwire.actors.later_descriptions import DEMONYM, described_again
from eventwire.actors.named_fits import named_one
from eventwire.actors.office_descriptions import OFFICE, office_holder
from eventwire.actors.spouses import SPOUSE, spouse_of
from eventwire.actors.title_agreement import agreeing
from eventwire.actors.title_anaphora import introduced_later
from eventwire.codes import division_countries
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Code


def link_title(ledger: ActorLedger, candidate: Candidate) -> None:
    """ "the Belarusian leader" → the latest person whose role and country fit; "the
    company" → the business told before, or no actor."""
    if SECTOR in candidate.extra:
        body = kind_body(candidate, ledger.before(candidate), ledger.text)
        if body is not None:
            ledger.link(candidate, body)
        return
    people = ledger.people_before(candidate, None)
    actor = _glossed(ledger, candidate) or spouse_of(candidate, people)  # "her husband"
    actor = actor or _fitting_person(ledger, candidate)
    actor = actor or described_person(candidate, people, ledger.text, ledger.on)
    if actor is not None and past_description(candidate, ledger.text):
        candidate.role = None  # "the former secretary of state": no office held now
    actor = actor or described_again(candidate, people, ledger.text)
    named = [(other, linked) for _, other, linked in ledger.history]  # "the mogul, Ann Lee"
    actor = actor or known_described(candidate, named, ledger.text, ledger.on)
    actor = actor or office_holder(candidate, people, ledger.text, ledger.on)  # "the speaker"
    actor = actor or introduced_later(candidate, ledger.history)  # the office, then its holder
    if introduces_someone(candidate, ledger.text):  # "if a candidate were able to ...": no
        actor = introduced_later(candidate, ledger.history)  # one before, maybe one named after
    if actor is None and any(candidate.extra.get(k) for k in ("said", DEMONYM, OFFICE, SPOUSE)):
        return  # "the 68-year-old", "the Cuban father", "the speaker" fitting no one: no actor
    if actor is None:
        actor = ledger.new_actor(candidate, candidate.name)
    ledger.link(candidate, actor)


def _glossed(ledger: ActorLedger, candidate: Candidate) -> Actor | None:
    if candidate.gloss_of is None:
        return None
    for start, _, actor in ledger.history:
        if start == candidate.gloss_of:
            return actor
    return None


def _fitting_person(ledger: ActorLedger, candidate: Candidate) -> Actor | None:
    """The one person before whose role and country fit and whom the title's party, state
    and time allow (`title_agreement`); none when two do ("Sen. A and Sen. B ... the
    senator"), since a wrong link moves an event's side."""
    fitting = {
        id(actor): actor
        for _, actor in ledger.before(candidate)
        if actor.type == ActorType.PERSON and _fits(candidate, actor)
    }
    people = ledger.people_before(candidate, None)
    kept = agreeing(list(fitting.values()), candidate, people, ledger.text, ledger.on)
    if len(kept) < len(fitting):  # the title ruled someone out: only a named survivor is
        return named_one(kept, ledger.before(candidate))  # meant, never a bare "U.S. senator"
    if len(fitting) == 1:
        return next(iter(fitting.values()))
    return named_one(list(fitting.values()), ledger.before(candidate))


def _fits(candidate: Candidate, actor: Actor) -> bool:
    """A title fits an actor when country and role agree ("leader" fits any head of state)."""
    if candidate.country and not _country_agrees(candidate.country, actor):
        return False
    if candidate.role is None or actor.role is None:
        return False
    wanted, has = candidate.role.value, actor.role.value
    if has.endswith(f" {wanted}"):
        return True  # "the minister" for the foreign minister
    return wanted == has or (wanted == "leader" and has in word_set("leader_role"))


def _country_agrees(wanted: Code, actor: Actor) -> bool:
    """The title's country is the actor's. A state word ("the Vermont congressman") gives its
    country before the people told are coded, so a person with no country yet still fits: the
    state itself is checked against the person's own words by `title_agreement`."""
    if actor.country is not None:
        return actor.country.value == wanted.value
    named = wanted.evidence.text if wanted.evidence is not None else ""
    return wanted.value in division_countries().get(named, ())
