"""The speaker of a cue the parser left without a subject, read from the words around it.

In "“…,” Ramos, 58, told AFP" or "“…” Murphy, the head of Right to Rise, tweeted" the small
parser often hangs the name on the quote (as an apposition or adverb); the words right after
the closing mark, up to the first comma, are then the speaker when they are a noun phrase. In
"…, former president Bill Clinton said" it may hang the subject on a word of the paragraph
before (which a cue ignores); the name right before a finite cue is then the speaker. In
"Columnist Margaret Sullivan, in an attempt to …, wrote, “…”" the name opening the paragraph is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.tokens import Span, Token

from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import (
    MODAL_TAG,
    NOUN_POS,
    PAST_TENSE_TAG,
    PRESENT_PLURAL_TAG,
    PRESENT_SINGULAR_TAG,
)

Range = tuple[int, int]
MAX_WORDS = 25  # a name and its apposition between the quote and the cue
# a finite verb between them starts another clause
FINITE = {PAST_TENSE_TAG, PRESENT_SINGULAR_TAG, PRESENT_PLURAL_TAG, MODAL_TAG}
NAME_PARTS = NOUN_POS | {"ADJ", "DET", "NUM", "PUNCT"}  # "Mr." may be tagged punctuation


def speaker_after_quote(
    cue: Token, quotes: Sequence[Range], content: Range | None
) -> tuple[Span | None, Range | None]:
    """The noun phrase opening the stretch from the last closing mark before `cue` to it, else
    the name right before it, and the cue's content cut before that phrase (the parser may hang
    the name on the quote)."""
    name = _name_after_mark(cue, quotes) or _name_before(cue)
    opens = any(start == _quote_after(cue) for start, _ in quotes)
    reports = content is not None and cue.tag_ in FINITE  # "…, calling it …": no lost subject
    if name is None and (opens or reports):
        name = _name_opening(cue)
    if name is None or content is None or not content[0] < name.start_char < content[1]:
        return name, content
    return name, (content[0], _trimmed_end(name))


def _name_after_mark(cue: Token, quotes: Sequence[Range]) -> Span | None:
    doc = cue.doc
    before = bisect_right([end for _, end in quotes], cue.idx)
    if before == 0:
        return None
    between = doc.char_span(quotes[before - 1][1], cue.idx, alignment_mode="expand")
    if between is None or not 0 < len(between) <= MAX_WORDS or _breaks_clause(between, cue):
        return None
    start = next((t.i for t in between if not t.is_punct and not t.is_space), None)
    if start is None:
        return None
    end = start
    while end < cue.i and doc[end].text != "," and not doc[end].is_space:
        end += 1
    name = doc[start:end]
    return name if len(name) and _is_name(name) else None


def _is_name(words: Span) -> bool:
    """Only words of a noun phrase ("Texas delegate Bill Eastland"), ending in a noun: "as X"
    or "to Ukraine and …" are no speaker set right after a quote."""
    return words[-1].pos_ in NOUN_POS and all(w.pos_ in NAME_PARTS for w in words)


def _name_before(cue: Token) -> Span | None:
    """ "…, former president Bill Clinton said …" or "Rep. Paul Ryan (R-WI) said": the name
    right before the verb (past a bracketed party label), when the parser lost the subject
    (it may hang it on a word of the paragraph before)."""
    doc = cue.doc
    end = cue.i
    if cue.tag_ not in FINITE:
        return None  # "the PAC backing Cruz": a participle's noun is no subject
    if end > 0 and doc[end - 1].text == ")":
        opening = next((t.i for t in doc[max(0, end - 8) : end - 1] if t.text == "("), None)
        end = opening if opening is not None else end
    start = end
    while start > 0 and doc[start - 1].pos_ in NAME_PARTS and not doc[start - 1].is_punct:
        start -= 1
    name = doc[start:end]
    return name if len(name) and name[-1].pos_ == "PROPN" else None


def _name_opening(cue: Token) -> Span | None:
    """ "Washington Post columnist Margaret Sullivan, in an attempt to draw attention to …,
    wrote, “…”": before a cue that opens a quote or reports a clause ("X, in Ohio, said Friday
    that …"), a name opening the cue's paragraph and set off by a comma, with no finite verb
    between it and the cue, is the subject the parse lost."""
    doc = cue.doc
    start = cue.i
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        start -= 1
    end = start
    while end < cue.i and doc[end].pos_ in NAME_PARTS and doc[end].text != ",":
        end += 1
    between = doc[end : cue.i]
    if end == start or doc[end].text != "," or _breaks_clause(between, cue):
        return None
    name = doc[start:end]
    return name if _is_name(name) and name[-1].pos_ == "PROPN" else None


def _quote_after(cue: Token) -> int:
    """Where a quote opened right after the cue ("wrote, “…" or "said: “…") would start."""
    text = doc_text(cue.doc)
    end = cue.idx + len(cue)
    return end + len(text[end:]) - len(text[end:].lstrip(" ,:\u00a0"))


def _trimmed_end(name: Span) -> int:
    """Where the quote before the name ends: the name's start less the marks before it."""
    token = name[0]
    while token.i > 0 and (token.nbor(-1).is_punct or token.nbor(-1).is_space):
        token = token.nbor(-1)
    return token.idx


def _breaks_clause(between: Span, cue: Token) -> bool:
    """A new line, a sentence end or another finite verb: the name is not the cue's."""
    return any(
        (token.is_space and "\n" in token.text)
        or token.text in {"!", "?"}
        or (token.tag_ in FINITE and token.i != cue.i)
        for token in between
    )
