"""Who speaks by a verb: its own subject, a passive agent, an inverted name ("…," said X), a
controller ("urged him to say"), or the subject of the verb it extends ("…, adding that").

Shared by every cue reader (`quotes.cues` and the layout, noun and stance cues).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.lexicons import word_set
from eventwire.parse.cue_rows import cue_class, cue_row
from eventwire.parse.nlp import TIME_ENTITIES, doc_text
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, PARTICIPLE_TAG
from eventwire.quotes.inverted import name_after_cue
from eventwire.quotes.participles import described_noun
from eventwire.quotes.shared_subjects import sharing_verb

# Dependents that share the head verb's subject: "…, adding that …", "said and added".
INHERITING = {"advcl", "conj", "pcomp", "xcomp"}
INVERTED = {"dobj", "attr", "npadvmod"}  # how the parser hangs X of "“…,” said X"
MAX_CLIMB = 4  # head steps from a quoted phrase up to the verb that governs it


def subject_of(token: Token) -> Span | None:
    """The verb's own subject, else (for "…, adding that") the subject of the verb it extends."""
    for step in range(MAX_CLIMB):  # an inherited subject is never the head's passive agent
        subject = _own_subject(token, agent=step == 0) or _controller(token)
        described = described_noun(token) if step == 0 else None  # "A petition calling …"
        subject = subject or (described and speaker_phrase(described))
        if subject is not None or token.dep_ not in INHERITING or token.head == token:
            return subject
        token = sharing_verb(token)
    return None


def _controller(token: Token) -> Span | None:
    """ "led the journalist to fear", "urged him to say": the object of the verb above an
    infinitive is who fears or says (object control); in "Trump used a word to describe" (and
    "…, using a word to describe") the subject of a verb of another kind is, inherited."""
    if token.dep_ != "xcomp":
        return None
    head = token.head
    if head.lemma_.lower() not in word_set("object_control"):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < token.i]
    return speaker_phrase(objects[0]) if objects else None


def _own_subject(token: Token, agent: bool = True) -> Span | None:
    """The agent of a passive ("was asked by X"), the subject, or the name after an inverted
    "said" ("…," said X)."""
    for child in token.children:
        if agent and child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return phrase(objects[0])
    subjects = [
        c
        for c in token.children
        if c.dep_ in SUBJECT_DEPS and c.pos_ not in {"SCONJ", "DET"} and same_paragraph(c, token)
    ]
    if subjects:
        return speaker_phrase(min(subjects, key=lambda c: abs(c.i - token.i)))
    before = [t for t in token.doc[max(0, token.i - 3) : token.i] if not t.is_space]
    listed = token.dep_ == "conj" and not any(t.is_quote for t in before)  # "…, mocked X, and"
    after_quote = bool(before) and before[-1].is_punct and not listed  # a space may follow it
    listener = cue_class(token) == "address"  # "…, telling X that"
    participle = token.tag_ in {
        GERUND_TAG,
        PARTICIPLE_TAG,
    }  # "…, mocking Rubio as …": Rubio is mocked
    if not after_quote or listener or participle or cue_row(token) is None:
        return None
    inverted = [c for c in token.rights if c.pos_ == "PROPN" and c.dep_ in INVERTED]
    inverted = [
        c for c in inverted if c.ent_type_ not in TIME_ENTITIES
    ]  # "X, in Ohio, said Friday"
    return phrase(inverted[0]) if inverted else name_after_cue(token)


def speaker_phrase(head: Token) -> Span:
    """The speaker's words: a named person in apposition rather than a misparsed subject."""
    return phrase(_named_apposition(head) or head)


def _named_apposition(head: Token) -> Token | None:
    """ "With days to go, Minyon Moore, an adviser, said": a parse may make a fronted phrase
    the subject and the person's name its apposition; a named person in apposition to a
    subject that names no person speaks. A name after the subject's verb is no apposition of
    the subject ("Four senators object: Sens. Ann Roe, …" lists them; the parse misreads it)."""
    if head.ent_type_ == "PERSON":
        return None
    named = [c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    named = [c for c in named if head.dep_ not in SUBJECT_DEPS or c.i < head.head.i]
    return named[0] if named else None


def same_paragraph(a: Token, b: Token) -> bool:
    """The small model's parse may run over a paragraph break; a subject there is a misparse."""
    start, end = sorted((a.idx, b.idx))
    return "\n" not in doc_text(a.doc)[start:end]


def phrase(head: Token) -> Span:
    """The words of a noun phrase up to its head, from the last punctuation mark before it
    ("— Former Attorney General Michael Mukasey" → without the dash and what precedes it)."""
    start = head.i
    while start > head.left_edge.i and not _breaks(head.doc[start - 1]):
        start -= 1
    return head.doc[start : head.i + 1]


def _breaks(token: Token) -> bool:
    return token.is_space or (token.is_punct and token.text not in {".", "-", "'", "’"})
