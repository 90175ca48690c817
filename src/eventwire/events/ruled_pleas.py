"""A plea whose own clause names no addressee, and the ruling on the same thing that the article
tells elsewhere.

"The relatives applied for asylum ... the INS rejected the application for asylum": the
application was made to the body that rules on it, and the ruling is aimed at those who applied.
A coder reads both sides from the article, not from the clause: the plea's addressee is the
ruling's doer, the ruling's target the plea's makers. The two are tied only by what is asked
for ("asylum", "a visa", "custody"), named as the plea's object or "for" phrase and as the
ruling's object, its "for" phrase or its compound ("the asylum application"); a plea with an
addressee of its own, or a ruling that already has a target, keeps it. An answer told in the
plea's own sentence names the addressee too: "asked for a visa, but was told by State
Department officials that ...": those who told him are those he asked.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import done_roots
from eventwire.events.lexicon import APPLICATIONS, words
from eventwire.events.participant_sets import other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import AGREE, REJECT, REQUEST, SUPPORT
from eventwire.model import Event
from eventwire.parse.deps import COMPOUND_DEPS, PATIENT_DEPS
from eventwire.parse.tags import NOUN_POS

PLEAS = {REQUEST}
RULINGS = {REJECT, SUPPORT, AGREE}  # rejected, approved, granted the application
RULING_VERBS = words("event_words.tsv", "plea_ruling")  # reject, deny, grant, approve
TOPIC_PREPS = {"for"}  # "applied for asylum", "the application for asylum"
ANSWERING = words("event_words.tsv", "plea_answering")  # tell, inform, advise, notify
TIED = "plea_ruled"  # the feature that marks a side read from the plea or its ruling


def fill_ruled_pleas(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Tie each plea with makers and no addressee to those who answer it in its sentence, else
    to the nearest ruling with doers on the same asked-for thing (module doc), both ways."""
    rulings = [(e, _topics(r, False)) for e, r in done_roots(doc, events, RULINGS) if _rules(r)]
    for plea, root in done_roots(doc, events, PLEAS):
        if plea.recipients:
            continue
        told = [p for a in _answerers(root) for p in reader.phrase(a)]
        plea.recipients = other_sides(plea.actors, told)
        if plea.recipients:
            plea.confidence_features.append(f"{TIED}: {root.text}")
            continue
        asked = _topics(root, True)
        tied = [e for e, topics in rulings if asked & topics and _apart(plea, e)]
        if not tied:
            continue
        ruling = min(tied, key=lambda e: abs(e.trigger.start - plea.trigger.start))
        plea.recipients = list(ruling.actors)
        plea.confidence_features.append(f"{TIED}: {ruling.trigger.text}")
        if not ruling.recipients:
            ruling.recipients = list(plea.actors)
            ruling.confidence_features.append(f"{TIED}: {plea.trigger.text}")


def _answerers(root: Token) -> list[Token]:
    """The "by" phrase of a passive answer verb joined to the plea verb ("asked for a visa but
    was told by officials that ...")."""
    answers = [c for c in root.children if c.dep_ == "conj" and c.lemma_.lower() in ANSWERING]
    agents = [b for a in answers for b in a.children if b.dep_ == "agent"]
    return [o for b in agents for o in b.children if o.dep_ == "pobj"]


def _rules(root: Token) -> bool:
    """A verb that rules on a plea ("rejected", "granted"), not one that backs or opposes a
    policy ("backing a minimum wage")."""
    return root.pos_ not in NOUN_POS and root.lemma_.lower() in RULING_VERBS


def _apart(plea: Event, ruling: Event) -> bool:
    """A ruling by a party other than the plea's makers, in another clause."""
    if ruling.trigger.start == plea.trigger.start:
        return False
    return len(other_sides(plea.actors, ruling.actors)) == len(ruling.actors)


def _topics(root: Token, plea: bool) -> set[str]:
    """The lemmas of what is asked for or ruled on: the object (a plea's own, or a "for" phrase
    of a plea verb), and that object's "for" phrase and compounds; an application word itself
    names no topic."""
    deps = PATIENT_DEPS if root.pos_ not in NOUN_POS else set()
    heads = [c for c in root.children if c.dep_ in deps and c.pos_ in NOUN_POS]
    if plea or root.pos_ in NOUN_POS:
        heads += [o for o in pobjs(root, TOPIC_PREPS) if o.pos_ in NOUN_POS]
    if root.pos_ in NOUN_POS:
        heads += [c for c in root.children if c.dep_ in COMPOUND_DEPS and c.pos_ == "NOUN"]
    found = set()
    for head in heads:
        found |= {o.lemma_.lower() for o in pobjs(head, TOPIC_PREPS) if o.pos_ == "NOUN"}
        found |= {c.lemma_.lower() for c in head.children if c.dep_ in COMPOUND_DEPS}
        found.add(head.lemma_.lower())
    return found - APPLICATIONS
