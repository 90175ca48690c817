"""Acts of force told with no stated doer that are still events of their own.

`without_restatements` drops a participant-less mention beside one that names who acted
on whom ("held talks ... the talks were frank"); a headline's second act ("... after border
clash") is news of its own, whoever did it (`headline_acts`). A passive act of force or coercion
whose doer goes unsaid ("a man whose house was a bomb factory was arrested in connection with
the embassy bombings") restates nothing: the article tells it happening, and its unknown doer
leaves the side empty (the gold README's rule) rather than dropping the event; so does an
event noun told as one particular act by its own phrase (`particular_acts`), and a legal act
told in a clause of time or cause ("hours after the staffer was charged", `booked_clauses`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.booked_clauses import booked_clause
from eventwire.events.headline_acts import headline_news
from eventwire.events.lexicon import HARM_TYPES, is_agent
from eventwire.events.own_subjects import subject_told
from eventwire.events.particular_acts import FEATURE as PARTICULAR
from eventwire.events.scope import SUBORDINATE
from eventwire.model import Event
from eventwire.parse.tags import VERB_POS


def staffed_or_told(found: list[tuple[Token, Event]], events: list[Event]) -> list[Event]:
    """`events` (a sentence's, in order) without the restatements among them, but with the
    agentless passive acts of force or coercion; `found` gives each event's trigger head."""
    heads = {id(event): head for head, event in found}
    staffed = {id(e) for e in without_restatements(events)}
    return [
        e
        for e in events
        if id(e) in staffed
        or (e.type in HARM_TYPES and _agentless_passive(heads.get(id(e))))
        or (id(e) in heads and headline_news(heads[id(e)]))  # "expels envoy after clash"
        or (id(e) in heads and subject_told(heads[id(e)]))  # "The family refused, and ..."
        or (id(e) in heads and booked_clause(heads[id(e)]))  # "hours after he was charged"
        or PARTICULAR in e.confidence_features  # "accusations lobbed by both sides of ..."
    ]


def without_restatements(events: list[Event]) -> list[Event]:
    """ "held talks ... the talks were frank", "sued the US for damages caused by a missile
    attack": a participant-less mention beside one that names who acted on whom restates that
    event or sets its background; event coders code the sentence's staffed predication."""
    if not any(e.actors or e.recipients for e in events):
        return events
    return [e for e in events if e.actors or e.recipients]


def _agentless_passive(head: Token | None) -> bool:
    """ "a man was arrested", "two soldiers were killed": a passive verb in its own clause or a
    relative one ("an officer whose partner was shot", kept by `scope.main_clause` as an act of
    its own), done to someone (not "rations are to be destroyed"), with no "by" agent."""
    if head is None or head.pos_ not in VERB_POS or head.dep_ in SUBORDINATE - {"relcl"}:
        return False
    deps = {c.dep_ for c in head.children}
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return "agent" not in deps and any(is_agent(s) for s in subjects)
