"""Verdicts an outlet passes in its own editor's note: "Editor's note: Donald Trump regularly
incites political violence and is a serial liar, rampant xenophobe, ...".

The note is the outlet speaking, not a reporter telling what someone said, so a strongly
negative name it gives a named party (`evaluative.verdict`, with VADER's valences and
eventwire's insults) is the outlet's accusation (ACCUSE). The accuser is the outlet, which the
text does not name; the sides keep the accused and leave the source empty. One event a clause:
the first strong name of a run of names ("a liar, xenophobe and racist") is the trigger.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.evaluative import STRONG, verdict
from eventwire.events.lexicon import words
from eventwire.events.matches import TriggerMatch
from eventwire.events.owned_verdicts import named
from eventwire.events.participant_sets import Sides
from eventwire.events.participants import RoleReader
from eventwire.parse.nlp import doc_text

ACCUSE = "112"  # CAMEO: accuse
NOTE_LABELS = words("event_words.tsv", "note_label")  # editor's note
PREDICATE_DEPS = {"attr", "acomp"}
SUBJECT_DEPS = {"nsubj"}
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def editor_verdict_code(token: Token) -> str | None:
    """ACCUSE for the predicate name an editor's note gives a named party ("is a serial
    liar"), when it is the first strongly negative word of its run of names; none denied."""
    if token.dep_ not in PREDICATE_DEPS or not judged_parties(token):
        return None
    if any(c.dep_ == "neg" for w in (token, token.head) for c in w.children):  # "is not a liar"
        return None
    names = [token, *(w for w in token.subtree if w.dep_ in {"conj", "appos"})]
    strong = [w for w in names if verdict(w) <= -STRONG]
    return ACCUSE if strong and strong[0].i == token.i else None


def judged_parties(predicate: Token) -> list[Token]:
    """The named subjects of the predicate's clause, where that clause opens an editor's note;
    a clause joined to another ("incites violence and is a liar") shares its subject."""
    clause = predicate.head
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and clause.dep_ == "conj":
        subjects = [c for c in clause.head.children if c.dep_ in SUBJECT_DEPS]
    named_ones = [s for s in subjects if named(s)]
    return named_ones if any(_after_note_label(s) for s in named_ones) else []


def _after_note_label(subject: Token) -> bool:
    """The subject's phrase follows "Editor's note:" at the start of its line."""
    doc, at = subject.doc, subject.left_edge.i - 1
    while at >= 0 and doc[at].is_space:
        at -= 1
    if at < 0 or doc[at].text != ":":
        return False
    text, colon = doc_text(doc), doc[at].idx
    start = text.rfind("\n", 0, colon) + 1
    label = text[start:colon].strip().lower().translate(APOSTROPHES)
    return label in NOTE_LABELS


def editor_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """No source (the outlet, unnamed) and the named party the note judges; None for any
    other trigger."""
    if editor_verdict_code(match.head) is None:
        return None
    return [], [p for s in judged_parties(match.head) for p in reader.phrase(s)]
