"""Soundbites of a broadcast transcript, printed without quotation marks: a reporter names a
speaker at the end of a paragraph ("Mr. Ruiz says the rise is no surprise.", "Ana Ruiz put
it this way:") and the next paragraph is that speaker's own words ("We have seen numbers
drop, uh, all decade."). Only an article laid out as speech counts: it has no quotation marks
at all, and some paragraph speaks in the first or second person or hesitates ("uh", "um").
A wire story marks its quotes, so none of this reads it.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import word_set
from eventwire.parse.arguments import objects
from eventwire.parse.cue_rows import SAYING_CLASSES, cue_class
from eventwire.parse.nlp import doc_text, tokens
from eventwire.parse.quotemarks import paragraphs, quoted_spans
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.speakers import speaker_phrase

VOICE = word_set("speech_filler") | word_set("first_person_subject") | word_set("second_person")
FORWARD = {"this", "these", "following"}  # "delivered this message": the words come next
CLAUSE_DEPS = {"ccomp", "xcomp"}


def soundbites(doc: Doc) -> dict[Range, Cue]:
    """Each paragraph that a named speaker's introduction opens, with that introduction as
    its cue; none where the article is not laid out as a spoken transcript."""
    text = doc_text(doc)
    if quoted_spans(text) or not _spoken(doc):
        return {}
    found: dict[Range, Cue] = {}
    spans = paragraphs(text)
    for before, paragraph in pairwise(spans):
        cue = _introduction(doc, before)
        if cue is not None and not _attributed(doc, paragraph):
            found[paragraph] = cue
    return found


def _spoken(doc: Doc) -> bool:
    """Some word of the article is the voice of someone speaking: "I", "we", "you", "uh"."""
    return any(t.lower_ in VOICE for t in tokens(doc))


def _introduction(doc: Doc, paragraph: Range) -> Cue | None:
    """The paragraph's last sentence names a speaker who says something, or who is about to
    ("X delivered this message.", "X told reporters:")."""
    last = _sentences(doc, paragraph)[-1:]
    if not last:
        return None
    verb = last[0].root
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) != 1 or not _named_person(subjects[0]):
        return None
    colon = doc_text(doc)[: paragraph[1]].rstrip().endswith(":")
    if not (colon or _says_something(verb) or _points_ahead(verb)):
        return None
    span = (verb.idx, verb.idx + len(verb.text))
    return Cue(verb, span, speaker_phrase(subjects[0]), None)


def _named_person(subject: Token) -> bool:
    return subject.ent_type_ == "PERSON" or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.children
    )


def _says_something(verb: Token) -> bool:
    """ "X says it's a familiar story": a speaking verb with a clause of what is said (not "X
    reports from Lima", which hands over to a reporter)."""
    has_clause = any(c.dep_ in CLAUSE_DEPS for c in verb.children)
    return has_clause and cue_class(verb) in SAYING_CLASSES


def _points_ahead(verb: Token) -> bool:
    """ "X delivered this message", "X had this to say": the object points to what follows."""
    return any(
        o.lower_ in FORWARD or any(d.lower_ in FORWARD for d in o.lefts) for o in objects(verb)
    )


def _attributed(doc: Doc, paragraph: Range) -> bool:
    """The paragraph opens with its own attribution ("Ms. Ruiz says …"): the reporter again.
    "I urge you …" is the speaker's own cue."""
    first = _sentences(doc, paragraph)[:1]
    if not first or cue_class(first[0].root) is None:
        return False
    subjects = [c for c in first[0].root.children if c.dep_ in SUBJECT_DEPS]
    return not any(s.lower_ in VOICE for s in subjects)


def _sentences(doc: Doc, paragraph: Range) -> list[Span]:
    span = doc.char_span(*paragraph, alignment_mode="expand")
    return list(span.sents) if span is not None else []
