"""A plea filed in a forum is addressed to that forum: "filed a motion in federal court asking
for custody of the boy", "filed a request with the Federal Trade Commission for permission".

A motion, a petition or a request is made to the court or agency it is filed in or with,
which rules on it; what it asks for ("custody of the boy") is its content, not whom it asks.
The forum is read from the filing verb's "in", "with", "before" or "to" phrase, or from the
filed noun's own; a place there ("filed a motion in Miami") is no forum. A plea filed nowhere
named keeps the sides its clause gave it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import done_roots
from eventwire.events.lexicon import APPLICATIONS
from eventwire.events.participant_sets import other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.ruled_pleas import PLEAS
from eventwire.events.word_classes import FILING
from eventwire.model import Event, Participant
from eventwire.parse.nlp import PLACE_ENTITIES
from eventwire.parse.tags import NOUN_POS

FORUM_PREPS = {"in", "with", "before", "to"}
PLEA_LINKS = {"advcl", "acl", "xcomp", "dobj"}  # "filed a motion ... asking", "filed a request"
FILED = "plea_filed"  # the feature that marks an addressee read from the forum


def fill_filed_pleas(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Address each plea with makers that is filed in a named forum to that forum (module doc)."""
    for event, root in done_roots(doc, events, PLEAS):
        filing = _filing_verb(root)
        if filing is None:
            continue
        forum = other_sides(event.actors, _forum(reader, filing))
        if forum:
            event.recipients = forum
            event.confidence_features.append(f"{FILED}: {filing.text}")


def _filing_verb(root: Token) -> Token | None:
    """The verb that files the plea: the one its participle or its noun hangs from ("filed a
    motion ... asking", "filed a request"); no filing verb is itself a REQUEST row."""
    head = root.head
    if root.dep_ in PLEA_LINKS and head.pos_ == "VERB" and head.lemma_.lower() in FILING:
        return head
    return None


def _forum(reader: RoleReader, filing: Token) -> list[Participant]:
    """The parties named where the plea was filed: the verb's forum phrase or the filed
    application noun's."""
    filed = [c for c in filing.children if c.dep_ == "dobj" and c.lemma_.lower() in APPLICATIONS]
    if not filed:
        return []
    places = pobjs(filing, FORUM_PREPS) + [o for n in filed for o in pobjs(n, FORUM_PREPS)]
    forums = [p for p in places if p.pos_ in NOUN_POS and p.ent_type_ not in PLACE_ENTITIES]
    return [party for f in forums for party in reader.phrase(f)]
