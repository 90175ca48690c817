"""Cues set into the sentence they report: "Lenox was a juggernaut, Mr. Clarke said, until it
went bankrupt" and "As reported by Western Journalism, investigators found …". Such a cue has no
complement of its own; the sentence around it is what it reports, and any other cue in that
sentence ("an investment he concludes has constituted …") is part of its report."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.parse.nlp import doc_text
from eventwire.quotes.groups import Range, end_of, trim


def set_into_sentence(token: Token) -> bool:
    """ "Y, X said, did …" and "As X put it, Y did …": the cue frames the sentence around it."""
    return token.dep_ == "parataxis" or _as_clause(token)


def _as_clause(token: Token) -> bool:
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    return token.dep_ == "advcl" and marks == {"as"}


def framed_content(token: Token, quotes: Sequence[Range], reports: bool) -> Range | None:
    """What a set-in cue reports: the whole sentence around "…, X said, …" (where no quotation
    marks are there to report), the rest of the sentence after (or before) "As X reported,".
    `reports` says the cue is a reporting verb with a speaker: "as expected" or "as he spoke"
    frame nothing."""
    sentence = token.sent
    if token.dep_ == "parataxis" and not holds_quote(sentence, quotes):
        return trim(token.doc, *worded(sentence))
    if not reports or not _as_clause(token) or not _names_its_source(token):
        return None
    start, end = in_paragraph(token, sentence.start_char, sentence.end_char)
    before = trim(token.doc, start, token.left_edge.idx)
    after = trim(token.doc, end_of(token.right_edge), end)
    content = max(before, after, key=lambda r: r[1] - r[0])
    return content if content[1] > content[0] else None


def worded(sentence: Span) -> Range:
    """A sentence from its first word to its last: the parse often glues the opening mark of
    the next sentence's quote onto the end of this one ("…, X said, Y was over. ''It …")."""
    words = [t for t in sentence if not (t.is_punct or t.is_space)] or list(sentence)
    return words[0].idx, end_of(words[-1])


def holds_quote(sentence: Span, quotes: Sequence[Range]) -> bool:
    """Some quoted words stand in the sentence (a mark glued onto its edge is none)."""
    first, last = worded(sentence)
    return any(start < last and first < end for start, end in quotes)


def _names_its_source(token: Token) -> bool:
    """ "As X reported" or "as reported by X": the clause has its own subject or agent ("as
    expected" borrows the sentence's). It frames the sentence unless it sits in a side clause
    ("If, as I've suggested, developers benefit …, he has proposed nothing …" frames only the
    "if" clause, whose extent the small model's parse often gets wrong) or addresses a
    listener within someone's speech ("as you pointed out, Laura,")."""
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass", "agent"}]
    before = token.doc[token.sent.start : token.left_edge.i]
    if not subjects or any(t.dep_ == "mark" for t in before):
        return False
    return all(s.lower_ != "you" for s in subjects)


def in_paragraph(token: Token, start: int, end: int) -> Range:
    """The part of `start`–`end` in the token's paragraph: the small model's sentences may run
    over a paragraph break."""
    text = doc_text(token.doc)
    opened = text.rfind("\n", start, token.idx)
    closed = text.find("\n", token.idx, end)
    return (start if opened < 0 else opened + 1), (end if closed < 0 else closed)


def frames(outer: Token, inner: Token) -> bool:
    """ "The move, Carr explained, was … an investment he concludes has constituted “…”": a
    set-in cue reports every other cue of its sentence, whatever the parse hangs it on. An
    "as" clause after the verb it hangs on says when: in "“…,” Lee said as the crowd cheered"
    the crowd does not report Lee's words."""
    return (
        set_into_sentence(outer)
        and not set_into_sentence(inner)  # of two set-in cues neither holds the other
        and outer.sent == inner.sent
        and not (outer.head == inner and outer.i > inner.i and _as_clause(outer))
    )
