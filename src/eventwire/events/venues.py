"""Where parties meet is a venue, not a party nor their home: "Sudan's government and the
rebels resumed talks in Doha" is a consultation between the two sides, each the other's
counterpart (the article gold codes a joint act with every side a source and no target), so
the host city's country is no target of it, as `act_places` would make it of an act by one
actor, and the groups that travel to the talks are not the host's people, as
`placed_people` would make the doers of an act done in a place ("protesters marched in X")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_rows
from eventwire.events.plover_types import CONSULT
from eventwire.parse.subjects import clause_subjects


def meeting(head: Token) -> bool:
    """Whether the act's word is one of meeting only ("talks", "met"), by its trigger rows; a
    phrase of another sense ("talk down" a country) needs its particle and is not this word."""
    rows = word_rows(head.lemma_.lower())
    rows = [r for r in rows if len(r.words) == 1 or r.code.type == CONSULT]
    return bool(rows) and all(row.code.type == CONSULT for row in rows)


def joint_meeting(head: Token, verb: Token) -> bool:
    """Whether the act is a meeting whose subject names two parties or more: "A and B", or
    "A's government and rebel commanders" parsed as modifiers of one head."""
    if not meeting(head):
        return False
    subjects = clause_subjects(verb)
    return any(_coordinated(s) for s in subjects)


def _coordinated(subject: Token) -> bool:
    """A conjunct among the subject's own words: its conjuncts or its left modifiers', not
    those of a phrase after it ("rebels from Cali and Popayan" is one party)."""
    words = [*subject.children, *(t for t in subject.subtree if t.i < subject.i)]
    return any(t.dep_ == "conj" and (t.head == subject or t.i < subject.i) for t in words)
