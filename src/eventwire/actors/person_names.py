"""Which person a personal name is: a full name is the person of that name, a surname alone
the person of that surname named before it ("Lukashenko" after "Alexander Lukashenko").

Two different full names never merge; of several namesakes the nearest wins, unless a
courtesy title's gender rules it out or another has been called by the surname far more often.
"""

from __future__ import annotations

from collections import Counter

from eventwire.actors.actor_ledger import ActorLedger
from eventwire.actors.candidates import Candidate
from eventwire.actors.namesakes import acting_namesakes
from eventwire.actors.office_namesakes import office_holders
from eventwire.actors.short_names import given_name_of
from eventwire.model import Actor, MentionKind

DOMINANT = 3  # times more often a namesake must have been called by the surname to beat the nearest


def link_person(ledger: ActorLedger, candidate: Candidate) -> None:
    """Links a person's name to the person it names, or to a new person."""
    actor = _person(ledger, candidate) or given_name_of(candidate, ledger.actors)
    kind = None
    if actor is None:
        actor = ledger.new_actor(candidate, candidate.name)
        ledger.people.setdefault(candidate.name.split()[-1].lower(), []).append(actor)
    elif len(candidate.name) > len(actor.name):
        actor.name = candidate.name
    elif candidate.name != actor.name:
        kind = MentionKind.SURNAME
    if candidate.refers_back:
        previous = next(iter(a for _, a in ledger.people_before(candidate, actor)), None)
        _copy_role(actor, previous)
    ledger.link(candidate, actor, kind)


def _person(ledger: ActorLedger, candidate: Candidate) -> Actor | None:
    """A full name is the person of that name (two different full names never merge);
    a surname alone is a person with that surname mentioned before it (`_likeliest`)."""
    surname = candidate.name.split()[-1].lower()
    namesakes = ledger.people.get(surname, [])
    if " " in candidate.name:
        return next((a for a in namesakes if _same_person(a.name, candidate.name)), None)
    if not namesakes:  # no one of that surname yet: no earlier mention to weigh
        return None
    seen: list[Actor] = []  # nearest first; "Elian" says no "Gonzalez" was last
    for other, actor in ledger.before(candidate):
        named = any(actor is n for n in namesakes) and surname in other.name.lower().split()
        if named and not any(actor is s for s in seen):
            seen.append(actor)
    if not seen:
        return namesakes[0] if namesakes else None
    return seen[0] if len(seen) == 1 else _likeliest(ledger, candidate, seen, surname)


def _likeliest(
    ledger: ActorLedger, candidate: Candidate, namesakes: list[Actor], surname: str
) -> Actor:
    """Of several people sharing a surname (nearest first), those a courtesy title's gender
    allows ("Mrs. Clinton"); of them the nearest, unless another has been called by the
    surname far more often: a story about Sen. Chris Murphy that names a victim, Anne Marie
    Murphy, in passing still means him by "Murphy"."""
    office = candidate.role.value if candidate.role else None
    namesakes = office_holders(namesakes, office, ledger.on)  # "President Clinton"
    gender = ledger.genders.mark_at(candidate)
    fitting = [a for a in namesakes if gender and ledger.genders.gender(a) in {None, gender}]
    fitting = acting_namesakes(fitting or namesakes, ledger.before(candidate))
    called = Counter(
        m.actor_id for m in ledger.mentions if surname in m.evidence.text.lower().split()
    )
    dominant = max(fitting, key=lambda a: called[a.id])
    return dominant if called[dominant.id] >= DOMINANT * called[fitting[0].id] else fitting[0]


def _same_person(known: str, name: str) -> bool:
    """Names of one person: one is a surname alone (of one word or several, "De Blasio"), or
    both start with the same first name ("Hillary Clinton", "Hillary Rodham Clinton"; not
    "Bill Clinton")."""
    known_words, words = known.lower().split(), name.lower().split()
    shorter, longer = sorted((known_words, words), key=len)
    if longer[len(longer) - len(shorter) :] == shorter and len(shorter) > 1:
        return True  # "De Blasio", "Wasserman Schultz": the surname of several words
    return len(known_words) == 1 or known_words[0] == words[0]


def _copy_role(actor: Actor, other: Actor | None) -> None:
    """ "his Belarusian counterpart Khrenin": Khrenin holds the other party's office."""
    if other is None:
        return
    if actor.role is None and other.role is not None:
        actor.role = other.role
    if actor.sector is None and other.sector is not None:
        actor.sector = other.sector
