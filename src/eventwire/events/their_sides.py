"""The other party of "their": a meeting told with one side and a "their" that holds both.

"Obama warned Xi during their meeting", "Smith went to Jones's home to work out their
differences": the act names one doer, but "their" says two parties took part, and the
clause that frames it names the second one, as the object of the verb the act hangs from
("warned Xi") or as the one whose place the doer went to ("went to Jones's home"). Coders aim
the meeting at that party. The side is read only from those framing words, never from a
party merely named nearby, nor from the press a doer told of it ("told reporters after their
meeting"); where they name no one the side stays empty.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.participant_sets import other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs, possessive
from eventwire.events.plover_types import CONSULT, COOPERATE
from eventwire.events.replies import actor_ids
from eventwire.model import Event, Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.tags import VERB_POS
from eventwire.sectors import MEDIA

SHARED = {CONSULT, COOPERATE}  # acts two parties do together
BOTH = {"their"}  # the possessive that holds both parties
GONE_TO = {"to", "with"}  # "went to Jones's home", "sat down with Jones"
FRAME_LINKS = {"prep", "pcomp", "xcomp", "advcl", "pobj", "dobj"}  # how the act hangs below
LEVELS = 3  # heads climbed to the framing verb
AUDIENCE_SECTORS = {MEDIA}  # "told reporters after their meeting": the press hears, takes no part
FRAMED = "their_other_side"  # the feature that marks a side read from the framing clause


def fill_their_sides(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Give each shared act with doers, no target and a "their" on it or its object the other
    party its framing clause names (module doc)."""
    for event in events:
        if event.type not in SHARED or event.recipients or not event.actors:
            continue
        root = trigger_root(event, doc)
        if root is None or not _theirs(root):
            continue
        doers = actor_ids(event.actors)
        found = [p for p in _framing_parties(reader, root) if not actor_ids([p]) & doers]
        found = other_sides(event.actors, found)
        if found:
            event.recipients = found
            event.confidence_features.append(f"{FRAMED}: {root.text}")


def _theirs(root: Token) -> bool:
    """ "their meeting", "work out their differences"."""
    owned = [root, *(c for c in root.children if c.dep_ in VERB_OBJECT_DEPS)]
    return any(possessive(c) and c.lower_ in BOTH for o in owned for c in o.children)


def _framing_parties(reader: RoleReader, root: Token) -> list[Participant]:
    """The parties named by the verbs the act hangs from: their objects, and the owner or the
    party of a place gone to."""
    word, found = root, []
    for _ in range(LEVELS):
        if word.dep_ not in FRAME_LINKS or word.head is word:
            break
        word = word.head
        if word.pos_ not in VERB_POS:
            continue
        heads = [c for c in word.children if c.dep_ in VERB_OBJECT_DEPS and c.i != root.i]
        for place in pobjs(word, GONE_TO):
            owners = [c for c in place.children if possessive(c)]
            heads += owners or [place]
        found = [p for h in heads if not _holds(h, root) for p in reader.phrase(h)]
        found = [p for p in found if p.sector not in AUDIENCE_SECTORS]
        if found:
            return found
    return []


def _holds(head: Token, root: Token) -> bool:
    """The word's phrase holds the act itself: no framing party."""
    return head.left_edge.i <= root.i <= head.right_edge.i
