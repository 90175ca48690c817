"""A plea for leave whose clause names no addressee, and the body the article says decides it.

"The school asked for permission to build a campus" names no one asked, but news tells who
has the plea before it, often before or after the plea itself: "the board will decide whether
the school can move", "county officials say they will rule on the application". A coder reads
the plea's addressee from there: the plea was made to the body that decides it. The tie is
the plea's maker named again in the decided "whether" clause, or the plea itself named by a
definite application noun ("the application", "the school's request") that the body rules on.
Only a plea for leave (permission, a licence, clearance) or an application is tied: a call for
a policy has no one body that rules on it. Where no deciding body is told the side stays
empty. `ruled_pleas` ties a plea to a ruling already made; this reads one still to come.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import DEFINITE, done_roots
from eventwire.events.lexicon import APPLICATIONS, words
from eventwire.events.participant_sets import other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.prep_marks import QUESTION_MARKS
from eventwire.events.replies import actor_ids
from eventwire.events.ruled_pleas import PLEAS
from eventwire.events.verb_arguments import patients
from eventwire.model import Event, Participant
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS
from eventwire.parse.tags import VERB_POS

LEAVE = words("event_arguments.tsv", "permitting")  # permission, licence, clearance
DECIDING = words("event_words.tsv", "plea_deciding")  # decide, rule, vote, weigh
APPLYING = {"apply"}  # "applied for a permit": the verb itself is the plea
ASKED_PREPS = {"for"}  # "asked for permission"
DECIDED_PREPS = {"on", "over"}  # "vote on whether ...", "rule on the application"
CLAUSE_DEPS = {"ccomp", "advcl", "pcomp", "xcomp"}  # "decide whether X can move"
TIED = "plea_decided"  # the feature that marks an addressee read from the deciding body


def fill_plea_deciders(doc: Doc, reader: RoleReader, events: list[Event]) -> None:
    """Give each plea for leave with makers and no addressee the body the article says decides
    it, the one told nearest the plea (module doc)."""
    for plea, root in done_roots(doc, events, PLEAS):
        if plea.recipients or not _asks_leave(root):
            continue
        found = [
            (abs(v.i - root.i), body)
            for v in _deciding_verbs(doc)
            for body in [_decider(reader, v, plea)]
            if body
        ]
        if found:
            plea.recipients = min(found, key=lambda pair: pair[0])[1]
            plea.confidence_features.append(f"{TIED}: {root.text}")


def _asks_leave(root: Token) -> bool:
    """The plea asks for leave ("asked for permission", "sought a licence to build") or is an
    application ("applied for", "their application")."""
    if root.lemma_.lower() in APPLYING or root.lemma_.lower() in APPLICATIONS:
        return True
    asked = patients(root) + pobjs(root, ASKED_PREPS)
    asked += [o for a in list(asked) for o in pobjs(a, ASKED_PREPS)]  # "asked the board for X"
    return any(a.lemma_.lower() in LEAVE for a in asked)


def _deciding_verbs(doc: Doc) -> list[Token]:
    """Every verb of deciding in the article: news tells the body a plea is before anywhere,
    before the plea or after it ("the board will decide ... ", then the school's request)."""
    return [t for t in doc if t.pos_ in VERB_POS and t.lemma_.lower() in DECIDING]


def _decider(reader: RoleReader, verb: Token, plea: Event) -> list[Participant]:
    """The verb's subject, where what it decides is the plea: a "whether" clause with the
    plea's maker as its subject, or a definite application noun."""
    decided = [c for c in verb.children if c.dep_ in CLAUSE_DEPS]
    decided += [
        c
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in DECIDED_PREPS
        for c in p.children
        if c.dep_ in CLAUSE_DEPS | {"pobj"}
    ]
    if not any(_the_plea(reader, d, plea) for d in decided):
        return []
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECT_DEPS]
    bodies = [p for s in subjects for p in reader.phrase(s)]
    return other_sides(
        plea.actors, [p for p in bodies if not actor_ids([p]) & actor_ids(plea.actors)]
    )


def _the_plea(reader: RoleReader, decided: Token, plea: Event) -> bool:
    """ "whether the school can move" (its maker asks to act), "the application"."""
    if decided.lemma_.lower() in APPLICATIONS:
        return any(c.lower_ in DEFINITE or c.dep_ == "poss" for c in decided.children)
    if not any(c.lower_ in QUESTION_MARKS for c in decided.children):
        return False
    subjects = [c for c in decided.children if c.dep_ in NOUN_SUBJECT_DEPS]
    named = [p for s in subjects for p in reader.phrase(s)]
    return bool(actor_ids(named) & actor_ids(plea.actors))
