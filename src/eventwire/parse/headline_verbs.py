"""A headline verb the tagger misses, found by parsing the line again with the verb in the past.

Headlines drop articles and write the present tense, and spaCy's small model, trained on running
prose, reads a present verb among nouns as one of them: "Terrorism experts rebuke Trump
proposal" parses as one noun phrase, "Terrorists mock bids" as "mock bids", "Clinton and Sanders
trade low blows" as a phrase on "blows", and "Rose Bowl skywriters blast Trump" takes
"skywriters" for the verb. The line is left without a verb and its act is lost or misread. A
past form is not ambiguous where the present is: parsed with "rebuked" for "rebuke", the same
line comes out subject, verb, object. So a headline part with no verb at all, whose lower-case
word after a noun is a present form of an English verb, is parsed again with that word in the
past; where that makes it a verb with a subject before it, the line takes the new parse, and
the word keeps its present tag and its base form (a headline's present tells a past act, as
`events.headline_tense` reads it).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.tokens import Doc, Span, Token

from eventwire.parse.lemmas import DOUBLING_STEM, inflected_from
from eventwire.parse.nlp import load_nlp
from eventwire.parse.tags import (
    BARE_FORM_TAGS,
    FINITE_OR_MODAL_TAGS,
    GERUND_TAGS,
    NOUN_OR_PRONOUN_POS,
    NOUN_POS,
    PAST_TAGS,
    PRESENT_PLURAL_TAG,
    PRESENT_SINGULAR_TAG,
    VERB_POS,
)

LINE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP]
"""What the new parse of a line replaces (its names, as the whole article found them, stay)."""
VERB_TAGS = FINITE_OR_MODAL_TAGS | PAST_TAGS | BARE_FORM_TAGS | GERUND_TAGS
PART_BREAKS = {":", ";"}  # "Sanders: Brexit's message could draw ...": each part its own clause
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
VERB_CLASS = ("verb",)
PRESENT_MORPH = {
    PRESENT_SINGULAR_TAG: "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    PRESENT_PLURAL_TAG: "Tense=Pres|VerbForm=Fin",
}


def reparse_headline_verbs(doc: Doc, lines: list[tuple[int, int]]) -> None:
    """Give each header line (character offsets) whose verb the parse missed the parse it has
    with that verb in the past."""
    for start, end in lines:
        line = doc.char_span(start, end, alignment_mode="expand")
        candidates = list(_candidates(line)) if line is not None else []
        if not candidates or not _closed(line):  # most lines have none: the scan comes second
            continue
        for word, lemma in candidates:
            variant = _parsed_with_past(line, word, lemma)
            if _verb_with_subject(variant[word.i - line.start]):
                _lay(doc, line, variant, word, lemma)
                break


def _closed(line: Span) -> bool:
    """The line is sentences of its own: no arc crosses its edges (a headline run on into the
    body is left as parsed)."""
    inside = range(line.start, line.end)
    doc = line.doc
    outside = (t for t in (*doc[: line.start], *doc[line.end :]) if not t.is_space)
    return all(t.head.i in inside for t in line) and not any(t.head.i in inside for t in outside)


def _candidates(line: Span) -> Iterator[tuple[Token, str]]:
    """Words that may be a verb-less part's verb, with their base form: lower case, not tagged
    a verb, after a noun or name, with a word after them."""
    for part in _parts(line):
        if any(_verb(t) for t in part):
            continue
        for token in part[1:-1]:
            lemma = _present_of(token)
            if lemma and _nominal(token.nbor(-1)) and token.nbor(1).is_alpha:
                yield token, lemma


def _nominal(token: Token) -> bool:
    """A noun or name, or a word tagged a verb that English has only as a noun ("skywriters")."""
    return token.pos_ in NOUN_POS or (token.tag_ in VERB_TAGS and not _verb(token))


def _parts(line: Span) -> list[Span]:
    """The line cut at its colons and semicolons, each part with its own clause."""
    doc, parts, start = line.doc, [], line.start
    for token in line:
        if token.text in PART_BREAKS:
            parts.append(doc[start : token.i])
            start = token.i + 1
    parts.append(doc[start : line.end])
    return [p for p in parts if len(p) > 2]


def _verb(token: Token) -> bool:
    """A tense, a modal or the root of the parse that English has as a verb ("skywriters"
    tagged a verb is none): a participle at the root is the line's verb too ("Daggers drawn
    as ..."), an infinitive inside a noun phrase is not ("mock bids to block them")."""
    tagged = token.tag_ in FINITE_OR_MODAL_TAGS or (
        token.dep_ == "ROOT" and token.tag_ in VERB_TAGS
    )
    return tagged and bool(_verb_lemmas(token.lower_))


def _present_of(token: Token) -> str | None:
    """The verb whose present form ("rebuke", "assails", "pillories") a word not tagged a verb
    is; None for any other word."""
    if token.pos_ in VERB_POS or not token.is_lower or not token.is_alpha:
        return None
    form = token.lower_
    for lemma in sorted(_verb_lemmas(form)):
        if form in {lemma, lemma + "s", lemma + "es", lemma[:-1] + "ies"}:
            return lemma
    return None


def _verb_lemmas(form: str) -> set[str]:
    """The English verbs a word is a form of (spaCy's lemma index, as `parse.recase` reads it)."""
    return inflected_from(load_nlp().get_pipe("lemmatizer").lookups, form, VERB_CLASS)


def _past(lemma: str) -> str:
    """The regular past of a verb: "rebuked", "slammed", "pilloried", "blasted"."""
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ied"
    if DOUBLING_STEM.search(lemma) and len(lemma) <= 4:
        return lemma + lemma[-1] + "ed"
    return lemma + "ed"


def _parsed_with_past(line: Span, word: Token, lemma: str) -> Doc:
    """The line alone, parsed with the word in the past."""
    words = [_past(lemma) if t.i == word.i else t.text for t in line]
    spaces = [bool(t.whitespace_) for t in line]
    return load_nlp()(Doc(line.doc.vocab, words=words, spaces=spaces))


def _verb_with_subject(token: Token) -> bool:
    """The word is a verb with a noun, name or pronoun for its subject before it (a subject
    tagged a verb, "Trump carded for Census roundup", is a parse no better than the first)."""
    return token.pos_ in VERB_POS and any(
        c.dep_ in SUBJECT_DEPS and c.pos_ in NOUN_OR_PRONOUN_POS and c.i < token.i
        for c in token.children
    )


def _lay(doc: Doc, line: Span, variant: Doc, word: Token, lemma: str) -> None:
    """The line's tokens take the variant's parse; the word its own present tag and base form."""
    rows = doc.to_array(LINE_ATTRS)
    rows[line.start : line.end] = variant.to_array(LINE_ATTRS)
    doc.from_array(LINE_ATTRS, rows)
    verb = doc[word.i]
    verb.tag_ = PRESENT_SINGULAR_TAG if verb.lower_ != lemma else PRESENT_PLURAL_TAG
    verb.set_morph(PRESENT_MORPH[verb.tag_])
    verb.lemma_ = lemma
