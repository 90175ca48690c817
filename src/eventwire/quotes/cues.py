"""Attribution cues read from spaCy's dependency parse: who says, by which word, and what.

A cue is a reporting verb from `lexicons/cue_verbs.tsv` ("said", "pointed out", "told") or the
phrase "according to". Its speaker is the grammatical subject (the object of "quoted X as
saying", whose subject is then the outlet that relays the speaker), and its indirect content is
the clausal complement ("… , X said." and "X said (that) …" parse alike). Who a verb's subject
is lives in `quotes.speakers`; the verb that governs a quoted fragment in `quotes.governing`.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.parse.arguments import objects
from eventwire.parse.cue_rows import cue_class, cue_particle, cue_row, is_bare_cue
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.nlp import tokens
from eventwire.parse.quotemarks import inside
from eventwire.parse.semicolons import parted_by_semicolon
from eventwire.parse.tags import NOUN_POS, VERB_POS
from eventwire.quotes.after_quote import speaker_after_quote
from eventwire.quotes.carriers import carried_clause, carrying_verb
from eventwire.quotes.clauses import clause_end, split_complement_end
from eventwire.quotes.documents import author, publishing_verb
from eventwire.quotes.framing import framed_content, holds_quote, in_paragraph, worded
from eventwire.quotes.groups import end_of, particle_object, trim
from eventwire.quotes.inverted import inverted_speaker
from eventwire.quotes.misread_verbs import misread_speaker
from eventwire.quotes.own_clauses import cut_before_own_clauses
from eventwire.quotes.relatives import (
    cut_before_relatives,
    names_relative,
    relative_content,
    relative_reports,
)
from eventwire.quotes.speakers import phrase, same_paragraph, subject_of
from eventwire.quotes.stranded_clauses import raised_clause, stranded_clause

Range = tuple[int, int]


@dataclass
class Cue:
    """One attribution cue found outside quotation marks."""

    token: Token
    span: Range
    speaker: Span | None
    content: Range | None
    outlet: Span | None = None


def _has_object(token: Token, particle: Token | None) -> bool:
    """An object or infinitive ("continued her march", "continued to campaign", "went on
    television") makes a bare cue an ordinary verb; words after a colon or quotation mark
    ("continued: “The worst attack …”") are the quote the parse took for an object."""
    between = token.doc[token.i + 1 : token.right_edge.i + 1]
    objects = [c for c in token.children if c.dep_ in {"dobj", "xcomp"}]
    objects += [c for c in (particle.children if particle else []) if c.dep_ == "pobj"]
    return any(
        not any(t.text == ":" or t.is_quote for t in between[: c.i - token.i]) for c in objects
    )


def find_cues(doc: Doc, quotes: list[Range]) -> list[Cue]:
    """Every cue outside quotation marks, in text order."""
    cues = []
    for token in tokens(doc):
        if inside(quotes, token.idx):
            continue
        cue = _according_to(token) or _verb_cue(token) or _misread_cue(token, quotes)
        if cue is not None and cue.speaker is not None and inside(quotes, cue.speaker.start_char):
            cue.speaker = None  # "-- ''That makes me smart'' -- and, when questioned, …": words
            # of a quotation are no subject of a verb outside it
        if cue is not None:
            if cue.speaker is None:
                cue.speaker, cue.content = speaker_after_quote(token, quotes, cue.content)
            framed = framed_content(token, quotes, _may_frame(cue))
            cue.content = _closing(cue, quotes) or cue.content or framed
            cues.append(cue)
    cue_tokens = [cue.token for cue in cues]
    relatives = relative_reports(cue_tokens)
    for cue in cues:
        cue.content = cut_before_relatives(cue.token, cue.content, relatives)
        cue.content = cut_before_own_clauses(cue.token, cue.content, cue_tokens)
    return cues


def _closing(cue: Cue, quotes: list[Range]) -> Range | None:
    """ "Clinton told police she wanted no escort, but the NYPD overruled her, the source
    added.": a cue and its subject closing an unquoted sentence after a comma report all of
    the sentence before them."""
    token, speaker = cue.token, cue.speaker
    if speaker is None or speaker.end != token.i:  # most cues: no sentence to read
        return None
    sentence = token.sent
    after = [t for t in sentence if t.i > token.i and not (t.is_punct or t.is_space)]
    if after or speaker.start == sentence.start:
        return None
    if token.doc[speaker.start - 1].text != "," or holds_quote(sentence, quotes):
        return None
    return trim(token.doc, worded(sentence)[0], token.doc[speaker.start - 1].idx)


def _may_frame(cue: Cue) -> bool:
    """A reporting verb with a speaker may frame its sentence ("As X reported, …"); one that
    addresses, commits, names or takes a stance on an object reports no sentence around it."""
    framing = cue_class(cue.token) not in {"address", "commit", "naming", "stance"}
    return cue.speaker is not None and framing and not is_bare_cue(cue.token)


def _verb_cue(token: Token) -> Cue | None:
    if token.pos_ not in VERB_POS or cue_row(token) is None:
        return None
    particle = cue_particle(token)
    end_token = particle or token
    if particle is None and cue_class(token) == "naming" and not _names(token):
        return None
    if _inherits(token) or (is_bare_cue(token) and _has_object(token, particle)):
        return None
    speaker, outlet = _speaker(token)
    speaker = _set_off_speaker(token) or inverted_speaker(token) or speaker
    span = (token.idx, end_token.idx + len(end_token))
    if token.lemma_.lower() == "quote":
        span = (token.idx, _quoted_as_saying_end(token) or span[1])
    content = relative_content(token) or _complement(token) or particle_object(end_token)
    return Cue(token, span, speaker, content, outlet)


def _misread_cue(token: Token, quotes: list[Range]) -> Cue | None:
    """ "“…,” the ad states.": a speech verb the parser read as a noun (`misread_verbs`)."""
    if cue_class(token) != "speech":
        return None
    speaker = misread_speaker(token, quotes)
    return Cue(token, (token.idx, end_of(token)), speaker, None) if speaker else None


def _set_off_speaker(token: Token) -> Span | None:
    """ "To understand Dred Scott, Chief Justice Roberts said, one should …": a cue set off by
    commas inside an unquoted stretch names its speaker in the words between the comma and the
    verb, whatever subject the parser hung on it."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
        return None
    start = token.i
    while start > 0 and (doc[start - 1].pos_ in {"PROPN", "NOUN", "ADJ", "DET", "CCONJ"}):
        start -= 1
    words = doc[start : token.i]
    opened = start > 1 and doc[start - 1].text == "," and not doc[start - 2].is_punct
    if not opened or not len(words) or words[-1].pos_ not in NOUN_POS:
        return None
    return words


def _names(token: Token) -> bool:
    """ "called the charges fabricated": a naming verb reports a view only with an object and
    what it is called ("a group called X" and "called leaders to the stage" report nothing)."""
    deps = {child.dep_ for child in token.children}
    return {"dobj", "oprd"} <= deps or names_relative(token)


def _inherits(token: Token) -> bool:
    """ "saying" in "quoted X as saying": part of the head verb's cue, not a cue of its own."""
    head = token.head
    return token.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() == "quote"


def _quoted_as_saying_end(token: Token) -> int | None:
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            for grandchild in child.children:
                if cue_row(grandchild) is not None:
                    return grandchild.idx + len(grandchild)
    return None


def _speaker(token: Token) -> tuple[Span | None, Span | None]:
    """The subject that speaks, and an outlet when the verb is "quoted X as saying"; in
    "Trump tweeted, quoting Comey's statement" the one quoting speaks."""
    subject = subject_of(token)
    if token.lemma_.lower() == "quote" and _quoted_as_saying_end(token) is not None:
        quoted = objects(token)
        if quoted:
            return phrase(quoted[0]), subject
    publisher = publishing_verb(token) or carrying_verb(token)  # "released a letter that says"
    return (publisher and subject_of(publisher)) or subject, None


def _complement(token: Token) -> Range | None:
    """What is said: the clausal complement ("said (that) …", "vowed to …"), else the object
    ("announced his candidacy", "criticized the decision"), trimmed of edge punctuation. The
    object of "told reporters" is the listener, not the content."""
    kind = cue_class(token)
    children = [child for child in token.children if same_paragraph(child, token)]
    clauses = [c for c in children if c.dep_ in COMPLEMENT_DEPS and c.pos_ in VERB_POS]
    clauses = [c for c in clauses if not parted_by_semicolon(c)]  # "asked X to go; X declined"
    clauses = clauses or [c for c in [carried_clause(token) or stranded_clause(token)] if c]
    # "A poll showed that …" after a sentence the parser also hung on the verb: what follows
    # the verb is its complement; one before it only where the cue comes last ("…," X said).
    for child in sorted(clauses, key=lambda c: c.i < token.i):
        return trim(token.doc, child.left_edge.idx, split_complement_end(child))
    raised = raised_clause(token)  # "X insists, …, that he wants …" misread as parenthetical
    if raised is not None:
        return trim(token.doc, raised.idx, clause_end(raised.head))
    if kind == "address":
        return None
    for child in children:
        if child.dep_ == "dobj" and child.pos_ not in {"PRON"}:
            ends = [end_of(c.right_edge) for c in [child, *_after_object(child)]]
            end = max(ends)
            return trim(token.doc, child.left_edge.idx, end)
    return None


def _after_object(obj: Token) -> list[Token]:
    """What completes a stance on an object: "accused X of lying", "called X a liar"."""
    return [c for c in obj.head.children if c.i > obj.i and c.dep_ in {"prep", "oprd", "xcomp"}]


def _according_to(token: Token) -> Cue | None:
    """ "According to X, …" / "…, according to X": the rest of the clause is the content."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc):
        return None
    to = token.doc[token.i + 1]
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if to.lower_ != "to" or not objects:
        return None
    clause = token.head
    phrase_start, phrase_end = token.idx, end_of(to.right_edge)
    left, right = clause.left_edge.idx, end_of(clause.right_edge)
    sentence = token.sent
    left, right = min(left, sentence.start_char), max(right, sentence.end_char)
    left, right = in_paragraph(token, left, right)  # the parse may run over a paragraph break
    before = trim(token.doc, left, phrase_start)
    after = trim(token.doc, phrase_end, right)
    content = max(before, after, key=lambda r: r[1] - r[0])
    if content[1] - content[0] <= 0:
        return None
    source = phrase(author(objects[0]))
    if not same_paragraph(token, objects[0]):  # "…, according to the F.A.A.¶Most people …"
        ends = (t.i + (not t.is_space) for t in token.doc[to.i :] if "\n" in t.text_with_ws)
        source = token.doc[to.i + 1 : next(ends, len(token.doc))]
    return Cue(token, (token.idx, end_of(to)), source, content)
