"""Verdicts an outlet passes in its own editor's note: "Editor's note: Donald Trump regularly
incites political violence and is a serial liar, rampant xenophobe, ...".

The note is the outlet speaking, not a reporter telling what someone said, so a strongly
negative name it gives a named party (`verdict_words.verdict`, with VADER's valences and
eventwire's insults) is the outlet's accusation (ACCUSE). The accuser is the note's writer, the
party its label names ("Editor": the outlet's editor, of the outlet's country and a medium's
sector), as the article gold codes the outlet; a label naming no party leaves the source empty.
One event a clause:
the first strong name of a run of names ("a liar, xenophobe and racist") is the trigger.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.lexicon import words
from eventwire.events.matches import TriggerMatch
from eventwire.events.owned_verdicts import named
from eventwire.events.participant_sets import Sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.valences import STRONG
from eventwire.events.verdict_words import verdict
from eventwire.model import Participant
from eventwire.parse.deps import PREDICATE_DEPS
from eventwire.parse.nlp import doc_text, per_doc
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS

NOTE_LABELS = words("event_words.tsv", "note_label")  # editor's note
MAX_LABEL = 5  # words of a note's label and its colon
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


def editor_verdict_code(token: Token) -> str | None:
    """ACCUSE for the predicate name an editor's note gives a named party ("is a serial
    liar"), when it is the first strongly negative word of its run of names; none denied."""
    if token.i not in per_doc(token.doc, "editor_note_words", _note_words):
        return None  # asked of every word: most articles carry no editor's note
    if token.dep_ not in PREDICATE_DEPS or not judged_parties(token):
        return None
    if any(c.dep_ == "neg" for w in (token, token.head) for c in w.children):  # "is not a liar"
        return None
    names = [token, *(w for w in token.subtree if w.dep_ in {"conj", "appos"})]
    strong = [w for w in names if verdict(w) <= -STRONG]
    return ACCUSATION if strong and strong[0].i == token.i else None


def judged_parties(predicate: Token) -> list[Token]:
    """The named subjects of the predicate's clause, in a sentence that opens with an editor's
    note's label; a clause joined to another ("incites violence and is a liar") shares its
    subject, and a clause the parse left with none (a hard-wrapped line breaks the parse) is
    about the party the note opens with."""
    colon = _note_colon(predicate.sent)
    if colon is None:
        return []
    clause = predicate.head
    subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECT_DEPS]
    if not subjects and clause.dep_ == "conj":
        subjects = [c for c in clause.head.children if c.dep_ in NOUN_SUBJECT_DEPS]
    if not subjects:
        subjects = _opening_name(colon)
    return [s for s in subjects if named(s) and s.i > colon.i]


def _note_words(doc: Doc) -> frozenset[int]:
    """Where the words of the sentences that open with an editor's note's label stand."""
    return frozenset(
        i for s in doc.sents if _note_colon(s) is not None for i in range(s.start, s.end)
    )


def _note_colon(sentence: Span) -> Token | None:
    """The colon that ends an editor's note's label ("Editor's note:") opening the sentence."""
    words = [t for t in sentence if not t.is_space][:MAX_LABEL]
    colon = next((t for t in words if t.text == ":"), None)
    if colon is None:
        return None
    label = doc_text(sentence.doc)[sentence.start_char : colon.idx]
    return colon if label.strip().lower().translate(APOSTROPHES) in NOTE_LABELS else None


def _opening_name(colon: Token) -> list[Token]:
    """The head of the name right after the label's colon ("Governor Paul Marsh": Marsh)."""
    doc, at = colon.doc, colon.i + 1
    while at < len(doc) and doc[at].is_space:
        at += 1
    if at >= len(doc) or not named(doc[at]):
        return []
    word = doc[at]
    while word.dep_ == "compound":
        word = word.head
    return [word]


def editor_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The note's writer (`_writers`) and the parties the note judges, by their own names (not
    an apposition the parse hung on them); None for any other trigger."""
    if editor_verdict_code(match.head) is None:
        return None
    judged = [w for s in judged_parties(match.head) for w in (s, *s.conjuncts)]
    mentions = (reader.mention_at(w) for w in judged)
    targets = unique([reader.participant(m) for m in mentions if m is not None])
    return _writers(reader, match.head.sent), targets


def _writers(reader: RoleReader, sentence: Span) -> list[Participant]:
    """Whoever the note's label names as its writer ("Editor's note:": the editor, whom the
    actors stage reads as the outlet's staff); none where the label names no one."""
    colon = _note_colon(sentence)
    label = [t for t in sentence if colon is not None and t.i < colon.i]
    mentions = (reader.mention_at(t) for t in label)
    return unique([reader.participant(m) for m in mentions if m is not None])
