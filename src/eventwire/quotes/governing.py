"""The verb governing a quoted fragment ("called the plan “a disaster”"): a cue of kind mixed
for a quote that no reporting verb holds."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.lexicons import word_set
from eventwire.quotes.cues import Cue
from eventwire.quotes.groups import end_of, trim
from eventwire.quotes.speakers import MAX_CLIMB, subject_of


def governing_cue(doc: Doc, start: int, end: int) -> Cue | None:
    """The verb whose clause holds a quoted phrase ("X called the plan “a disaster”", "X
    boomed: “…”"): any verb counts when its subject is someone other than the phrase itself."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(MAX_CLIMB):
        if verb.pos_ == "VERB" and not start <= verb.idx < end:
            break
        if verb.head == verb:
            return None
        verb = verb.head
    speaker = subject_of(verb)
    if verb.pos_ != "VERB" or speaker is None or speaker.root.lower_ in word_set("not_speaker"):
        return None
    if speaker.start_char < end and start < speaker.end_char:
        return None  # the quoted phrase is the subject: a scare quote, not a quotation
    cue_end = max([end_of(c) for c in verb.children if c.dep_ == "prt"] + [end_of(verb)])
    content = (trim(doc, cue_end, end)[0], end) if cue_end <= start else (start, end)
    return Cue(verb, (verb.idx, cue_end), speaker, content)
