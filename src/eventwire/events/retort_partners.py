"""Whom a retort that names no one answers: "Sanders shot back", "Trump fired back with a snarky
statement", "Cruz responded with vitriol".

A retort is said back to someone, and event coders aim it at the other side of the quarrel the
story tells. The exchange reader (`exchange`) aims an addressed act with no object at the doer
of the latest act aimed at its doer in the two sentences before; a retort, which always has
another side, may answer an act told further back (a long quoted statement between) or one the
story tells only by the retorting party's own charge ("When Sanders accused Clinton, she said
... Sanders shot back"). So a retort with one doer and nothing it is aimed at looks back eight
sentences: first for the latest act aimed at its doer, whose doers it answers; failing one,
for its doer's own latest act aimed at another party, whose targets are the other side. Acts
whose sides were themselves inferred tell no quarrel. The target is marked inferred.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.exchange import INFERRED, earlier_in_window, other_party
from eventwire.events.lexicon import words
from eventwire.events.plover_types import ACCUSE, REJECT
from eventwire.events.replies import actor_ids
from eventwire.events.told_violence import back_of
from eventwire.model import Event, Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS

RETORT_TYPES = {ACCUSE, REJECT}  # blame or refusal said back
BACK_VERBS = words("event_words.tsv", "retorting_back")  # "shot back", "hit back"
RETORTING = words("event_words.tsv", "retorting")  # "responded", "retorted"
AIM_PREPS = {"at", "to", "on", "against", "over"}  # "fired back at critics": aimed already
WINDOW = 8  # sentences back a retort looks for its quarrel (a long quote may come between)


def fill_retort_partners(doc: Doc, events: list[Event]) -> None:
    """Aim each targetless retort at the other side of the quarrel just told (module doc)."""
    for i, event in enumerate(events):
        if event.type not in RETORT_TYPES or event.recipients or len(event.actors) != 1:
            continue
        root = trigger_root(event, doc)
        if root is None or not _retort(root) or _aimed(root):
            continue
        earlier = [e for e in earlier_in_window(doc, events, i, WINDOW) if _told(e)]
        other = other_party(event, earlier) or _own_quarrel(event, earlier)
        if other:
            event.recipients = other
            event.confidence_features.append(INFERRED)


def _retort(root: Token) -> bool:
    """A verb said "back" ("shot back") or one of replying ("responded", "retorted")."""
    lemma = root.lemma_.lower()
    return root.pos_ == "VERB" and (
        lemma in RETORTING or (lemma in BACK_VERBS and back_of(root) is not None)
    )


def _aimed(root: Token) -> bool:
    """The retort names what or whom it answers ("fired back at his critics", "responded to the
    charge", "countered the claim"), whether or not an actor was read from it."""
    back = back_of(root)
    words_after = [*root.children, *(back.children if back is not None else [])]
    return any(
        c.dep_ in VERB_OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in AIM_PREPS)
        for c in words_after
    )


def _told(event: Event) -> bool:
    """An act whose sides the story told, none of them inferred from another act."""
    return not any("inferred" in feature for feature in event.confidence_features)


def _own_quarrel(event: Event, earlier: list[Event]) -> list[Participant]:
    """The targets of the retort's doer's own latest act aimed at another party."""
    doer = actor_ids(event.actors)
    for told in reversed(earlier):
        sources, targets = actor_ids(told.actors), actor_ids(told.recipients)
        if sources == doer and targets and not doer & targets:
            return [p.model_copy() for p in told.recipients]
    return []
