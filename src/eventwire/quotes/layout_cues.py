"""Cues told by layout rather than by a reporting verb: "Name: “…”", "“…” ― Name", a
transcript's "“NAME: …”", a headline's "Name: claim", and a clause ending in a colon before the
quote it introduces."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from eventwire.codes import one_word_titles
from eventwire.lexicons import word_set
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import VERB_POS
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import end_of, trim
from eventwire.quotes.set_off_sources import set_off_cue_speaker
from eventwire.quotes.speakers import MAX_CLIMB, subject_of


def colon_clause_cue(doc: Doc, start: int) -> Cue | None:
    """ "Sanders made the following comment: “…”": a clause ending in a colon introduces
    the quote, and its subject (or a passive's agent) is the speaker."""
    colon = _colon_before(doc, start)
    if colon is None:
        return None
    root = _clause_verb(colon[0])
    speaker = subject_of(root) if root is not None else None
    if (
        speaker is None
        or speaker.end > colon.start
        or speaker.root.lower_ in word_set("not_speaker")
    ):
        return None
    return Cue(root, (root.idx, end_of(root)), speaker, None)


def _colon_before(doc: Doc, start: int) -> Span | None:
    """The colon that ends the text before `start`, spaces aside."""
    before = doc_text(doc)[:start].rstrip()
    return doc.char_span(len(before) - 1, len(before)) if before.endswith(":") else None


def _clause_verb(colon: Token) -> Token | None:
    """The verb of the clause a colon closes, never one after it (inside the quote)."""
    token = colon
    for _ in range(MAX_CLIMB):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in VERB_POS:
            return token if token.i < colon.i else _verb_before(colon)
    return None


def _verb_before(colon: Token) -> Token | None:
    """ "Clinton has since apologized for what happened: “Yes, I …”": the parser may hang the
    colon and the clause before it on the quote's verb; the clause's own head is then the
    verb before the colon whose head lies past it."""
    before = colon.doc[colon.sent.start : colon.i]
    heads = [t for t in before if t.head.i >= colon.i and t.pos_ in VERB_POS]
    return heads[0] if heads else None


def colon_cue(doc: Doc, start: int) -> Cue | None:
    """ "John Bolton: “…”" or "Stated Stone: “…”": a name and a colon introduce the quote;
    so does a source the layout sets off ("HEADLINE - Pew Research: “…”")."""
    colon = _colon_before(doc, start)
    if colon is None:
        return None
    span = (colon.start_char, colon.end_char)
    first = colon.start
    while first > 0 and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].text == "."):
        first -= 1
    if first == colon.start or doc[first].text == "." or _in_clause(doc, first):
        source = set_off_cue_speaker(doc, colon.start_char)
        return Cue(colon[0], span, source, None) if source is not None else None
    return Cue(colon[0], span, doc[first : colon.start], None)


def _in_clause(doc: Doc, first: int) -> bool:
    """ "Priebus told Fox News: “…”": a name after a word of its sentence is an object of the
    clause (whose subject speaks), not a speaker's label."""
    return first > 0 and not (doc[first - 1].is_punct or doc[first - 1].is_space)


DASHES = "―—–"
SIGNED = re.compile(rf"[ \t\u00a0]*(?:[{DASHES}]|--)[ \t\u00a0]*")
# a signature on the line below the quote may open with a hyphen ("¶ - Sanders.")
SIGNED_BELOW = re.compile(rf"[ \t\u00a0]*\n\s*(?:[{DASHES}]|--?)[ \t\u00a0]*")
INITIAL = re.compile(r"[A-Z]\.")
TRANSCRIPT = re.compile(r"([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s")


def signed_cue(doc: Doc, end: int, quote_paragraph: bool = False) -> Cue | None:
    """ "“…” ― Jane Doe": a dash and a name closing the paragraph sign the quote (readers'
    comments, epigraphs); anything else after the name means the dash starts a clause. A
    line of its own below a paragraph that is all quote (`quote_paragraph`: "- Sanders." or
    "-Michelle Marks, Philadelphia.", as fact checks and notebooks sign quotes; below a
    paragraph of prose it is a wire's credit) may describe the signer after a comma."""
    text = doc_text(doc)
    below = SIGNED_BELOW.match(text, end) if quote_paragraph else None
    dash = SIGNED.match(text, end) or below
    if dash is None:
        return None
    line_end = text.find("\n", dash.end())
    line_end = len(text) if line_end < 0 else line_end
    comma = text.find(",", dash.end(), line_end) if "\n" in dash.group() else -1
    name_end = comma if comma >= 0 else len(text[:line_end].rstrip(" .\u00a0"))
    name = _signature(doc, dash.end(), name_end, own_line="\n" in dash.group())
    if name is None or not len(name) or any(not _name_word(token) for token in name):
        return None
    return Cue(name[0], (end, dash.end()), name, None)


def _signature(doc: Doc, start: int, end: int, own_line: bool) -> Span | None:
    """The name's words. The tokenizer may glue a hyphen to the first ("-Michelle Marks"),
    which a span cannot cut; on a signature's own line the name then starts at the next word
    (the surname, which the actors stage also names). Glued after a quote in prose
    ("…”--Kim Ames.") it is a reporter's credit."""
    glued = [t for t in doc if t.idx < start < t.idx + len(t)]
    if not glued:
        return doc.char_span(start, end, "contract")
    if not own_line or not doc_text(doc)[start : glued[0].idx + len(glued[0])].istitle():
        return None
    inside = [t for t in doc[glued[0].i + 1 :] if t.idx + len(t) <= end]
    return doc[glued[0].i + 1 : inside[-1].i + 1] if inside else None


def _name_word(token: Token) -> bool:
    """A word of a name: a proper noun, a capitalised word, an initial ("A.") or its dot."""
    return (
        token.pos_ == "PROPN"
        or (token.is_title and token.is_alpha)
        or token.text == "."
        or INITIAL.fullmatch(token.text) is not None
    )


def transcript_cue(doc: Doc, start: int) -> Cue | None:
    """ "“WALLACE: Let's start …”": a transcript line opens with its speaker's name in
    capitals and a colon, inside the quotation marks."""
    name = TRANSCRIPT.match(doc_text(doc), start)
    span = name and doc.char_span(name.start(1), name.end(1), "contract")
    if not span:
        return None
    return Cue(span[0], (name.end(1), name.end(1) + 1), span, None)


TOPIC_PREPOSITIONS = {"on", "about"}
# "EXCLUSIVE – Roger Stone: …": a label set off by a dash before the name is no part of it
HEADLINE_NAME = re.compile(r"(?:[^:\n]{0,40}\s[–—-]\s+)?([^:\n–—]{1,40}):[ \t]+\S")


def headline_cue(doc: Doc, headline: Range | None, names: set[str]) -> Cue | None:
    """ "Lynch: No outside influence on FBI probe": a headline that opens with the name of an
    actor the article mentions (`names`: the words of its mentions) and a colon reports that
    source's claim; "Breaking:" or "The Latest:" names no one."""
    if headline is None:
        return None
    match = HEADLINE_NAME.match(doc_text(doc), headline[0], headline[1])
    name = match and _before_verb(
        _before_topic(doc.char_span(match.start(1), match.end(1), "contract"))
    )
    if not name or not all(_name_word(token) for token in name) or not _named(name, names):
        return None
    content = trim(doc, match.end(1), headline[1])
    return Cue(name[0], (match.end(1), match.end(1) + 1), name, content)


def _before_topic(name: Span | None) -> Span | None:
    """ "CNN Chief On Trump: …": the name before "on" speaks; the one after is the topic."""
    if name is None:
        return None
    topic = next((t.i for t in name[1:] if t.lower_ in TOPIC_PREPOSITIONS), None)
    return name[: topic - name.start] if topic is not None else name


def _before_verb(name: Span | None) -> Span | None:
    """ "Carly Fiorina Endorses Ted Cruz: I Am …": a clause before the colon; its subject, the
    words before its verb, speaks the words after it, not the verb's object."""
    if name is None:
        return None
    verb = next((t.i for t in name[1:] if t.pos_ == "VERB"), None)
    return name[: verb - name.start] if verb is not None else name


def _named(name: Span, names: set[str]) -> bool:
    """The name ends in a word the article's mentions use, or in a title after one ("CNN
    President": the article names him in full further down)."""
    titled = name[-1].lower_ in one_word_titles() and any(t.text in names for t in name)
    return name[-1].text in names or titled
