"""Attribution cues read from spaCy's dependency parse: who says, by which word, and what.

A cue is a reporting verb from `lexicons/cue_verbs.tsv` ("said", "pointed out", "told") or the
phrase "according to". Its speaker is the grammatical subject (the object of "quoted X as
saying", whose subject is then the outlet that relays the speaker), and its indirect content is
the clausal complement ("… , X said." and "X said (that) …" parse alike).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import read_table
from eventwire.parse.quotemarks import inside

Range = tuple[int, int]
SUBJECTS = {"nsubj", "nsubjpass"}
COMPLEMENTS = {"ccomp", "xcomp"}
# Dependents that share the head verb's subject: "…, adding that …", "said and added".
INHERITING = {"advcl", "conj", "pcomp", "xcomp"}
EDGE_PUNCT = " \t\n,;:.—–-"


@dataclass
class Cue:
    """One attribution cue found outside quotation marks."""

    token: Token
    span: Range
    speaker: Span | None
    content: Range | None
    outlet: Span | None = None


@cache
def cue_lexicon() -> dict[str, str | None]:
    """Cue lemma → the particle it needs ("point" → "out"), or None for a bare verb."""
    entries: dict[str, str | None] = {}
    for row in read_table("cue_verbs.tsv"):
        lemma, _, particle = row[0].partition(" ")
        entries[lemma] = particle or None
    return entries


def find_cues(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every cue outside quotation marks, in text order."""
    cues = []
    for token in doc:
        if inside(quotes, token.idx):
            continue
        cue = _according_to(token) or _verb_cue(token)
        if cue is not None:
            cues.append(cue)
    return cues


def _verb_cue(token: Token) -> Cue | None:
    lexicon = cue_lexicon()
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in lexicon:
        return None
    particle = lexicon[token.lemma_.lower()]
    end_token = token
    if particle is not None:
        found = [c for c in token.children if c.dep_ == "prt" and c.lower_ == particle]
        if not found:
            return None
        end_token = found[0]
    if _inherits(token):
        return None
    speaker, outlet = _speaker(token)
    span = (token.idx, end_token.idx + len(end_token))
    if token.lemma_.lower() == "quote":
        span = (token.idx, _quoted_as_saying_end(token) or span[1])
    return Cue(token, span, speaker, _complement(token), outlet)


def _inherits(token: Token) -> bool:
    """ "saying" in "quoted X as saying": part of the head verb's cue, not a cue of its own."""
    head = token.head
    return token.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() == "quote"


def _quoted_as_saying_end(token: Token) -> int | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for grandchild in child.children:
                if grandchild.lemma_.lower() in cue_lexicon():
                    return grandchild.idx + len(grandchild)
    return None


def _speaker(token: Token) -> tuple[Span | None, Span | None]:
    """The subject that speaks, and an outlet when the verb is "quoted X (as saying)"."""
    subject = _subject(token)
    if token.lemma_.lower() == "quote":
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if objects:
            return _phrase(objects[0]), subject
    return subject, None


def _subject(token: Token) -> Span | None:
    """The verb's own subject, else (for "…, adding that") the subject of the verb it extends."""
    seen = 0
    while token is not None and seen < 3:
        for child in token.children:
            if child.dep_ in SUBJECTS and child.pos_ not in {"SCONJ", "DET"}:
                return _phrase(child)
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return _phrase(objects[0])
        if token.dep_ not in INHERITING or token.head is token:
            return None
        token, seen = token.head, seen + 1
    return None


def _phrase(head: Token) -> Span:
    """A noun phrase up to its head ("Belarusian President Alexander Lukashenko")."""
    return head.doc[head.left_edge.i : head.i + 1]


def _complement(token: Token) -> Range | None:
    """The clause said: the verb's clausal complement, trimmed of edge punctuation."""
    for child in token.children:
        if child.dep_ in COMPLEMENTS and child.pos_ in {"VERB", "AUX"}:
            return _trim(token.doc, child.left_edge.idx, _end(child.right_edge))
    return None


def _according_to(token: Token) -> Cue | None:
    """ "According to X, …" / "…, according to X": the rest of the clause is the content."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if to.lower_ != "to" or not objects:
        return None
    clause = token.head
    phrase_start, phrase_end = token.idx, _end(to.right_edge)
    left, right = clause.left_edge.idx, _end(clause.right_edge)
    sentence = token.sent
    left, right = min(left, sentence.start_char), max(right, sentence.end_char)
    before = _trim(token.doc, left, phrase_start)
    after = _trim(token.doc, phrase_end, right)
    content = max(before, after, key=lambda r: r[1] - r[0])
    if content[1] - content[0] <= 0:
        return None
    return Cue(token, (token.idx, _end(to)), _phrase(objects[0]), content)


def _end(token: Token) -> int:
    return token.idx + len(token)


def _trim(doc: Doc, start: int, end: int) -> Range:
    """Narrow a character range so it neither starts nor ends on punctuation or space."""
    text = doc.text
    while start < end and text[start] in EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in EDGE_PUNCT:
        end -= 1
    return start, end
