"""The words right after a name that describe the person: an apposition in commas (", Belarus's
defense minister,"), past an age (", 52, an obstetrician"), never a clause's adverbial (", more
than three hours after the attack") nor a list of people; and an "of" or "for" phrase that says
whom the person serves ("President Macron of France")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.description_ends import starts_modifier, starts_past_conjunct
from eventwire.actors.hyphens import hyphen_joined, joins_word
from eventwire.actors.phrases import CUT_MODIFIERS, MAX_TITLE_TOKENS, possessives
from eventwire.code_phrases import MAX_COUNTRY_TOKENS
from eventwire.lexicons import word_set
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, VERB_POS, WH_TAGS

ADVERBIAL = frozenset({"prep", "advcl"})  # a clause's modifiers: "hours after"


def appositive_window(span: Span) -> list[Token]:
    """ ", Belarus's defense minister," after a name: the words up to the next punctuation."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return []
    if span.end + 1 < len(doc) and doc[span.end + 1].pos_ == "ADP":
        return []  # ", on an official visit to Mexico,": no description of the person
    window: list[Token] = []
    words, start = 0, _after_age(doc, span.end + 1)
    for token in doc[start : span.sent.end]:
        if token.is_punct and token.text not in possessives() and not joins_word(token):
            break
        if token.tag_ in WH_TAGS:  # ", a Comorian Muslim who had lived …"
            break
        if token.pos_ in VERB_POS and token.dep_ != "amod":  # "the acting director"
            if starts_modifier(token, window):  # ", a pollster working for …": a pollster
                break
            return []
        if starts_past_conjunct(token):  # ", an adviser to X and former director of Y"
            break
        words += not hyphen_joined(token)  # "a 44-year-old anti-abortion protester": 4 words
        if words > MAX_TITLE_TOKENS:  # no closing comma: the words past the limit stay out
            window = _whole_words(window[:MAX_TITLE_TOKENS])
            break
        window.append(token)
    if any(t.dep_ == "conj" and span.start <= t.head.i < span.end for t in window):
        return []  # "Trump, Sen. Ted Cruz and others": a list of people, not a description
    if _next_subject(window) or _many_for_one(span, window):
        return []
    return [] if _adverbial(span, window) else window


def _window_heads(window: list[Token]) -> list[Token]:
    """The words of the window that hang on a word outside it: what the window as a whole is."""
    inside = {t.i for t in window}
    return [t for t in window if t.head.i not in inside]


def _next_subject(window: list[Token]) -> bool:
    """ "to retrieve Elian, American attorneys -- and some officials -- say": the words after
    the comma are the subject of a verb that follows them, a new clause, not who the person is
    (a description's country and sector would become the person's)."""
    last = window[-1].i if window else -1
    return any(t.dep_ in SUBJECT_DEPS and t.head.i > last for t in _window_heads(window))


def _many_for_one(span: Span, window: list[Token]) -> bool:
    """ "to collect Tomas Ruiz, French lawyers -- and even some diplomats -- say": a plural
    noun describes no one person; it describes a pair only when names are joined ("Smith and
    Jones, lawyers for the family")."""
    root = span.root
    partners = (
        [root.head] if root.dep_ == "conj" else [c for c in root.children if c.dep_ == "conj"]
    )
    joined = any(t.pos_ == "PROPN" for t in partners)
    heads = _window_heads(window)
    return not joined and any(t.tag_ in PLURAL_NOUN_TAGS and t.pos_ == "NOUN" for t in heads)


def _adverbial(span: Span, window: list[Token]) -> bool:
    """ ", more than three hours after the attack": words after the comma that modify the
    clause (an adverbial whose head is outside the name and the window) say when or how, not
    who the person is."""
    inside = {t.i for t in window} | set(range(span.start, span.end))
    return any(t.dep_ in ADVERBIAL and t.head.i not in inside for t in window)


def _whole_words(window: list[Token]) -> list[Token]:
    """ "a law expert and general | counsel": drop common words cut off from their head noun."""
    while window and window[-1].pos_ != "PROPN" and window[-1].dep_ in CUT_MODIFIERS:
        if window[-1].head.i < window[-1].i:
            break
        window = window[:-1]
    return window


def _after_age(doc: Doc, start: int) -> int:
    """ "Slepian, 52, an obstetrician": an age in its own commas comes before the description,
    which starts after it."""
    end = start
    while end < len(doc) and doc[end].like_num:
        end += 1
    described = end > start and end + 1 < len(doc) and doc[end].text == ","
    return end + 1 if described and doc[end + 1].pos_ in {"DET", "NOUN", "ADJ"} else start


def of_phrase(span: Span) -> list[Token]:
    """ "President Macron of France", "a spokesman for the Chinese foreign ministry": the words
    of an "of" or "for" phrase right after a name or title, which say whom the person serves;
    the words end with a whole word ("the Miami-based Cuban-American ...", not "Cuban"); an
    "of" that opens a gerund says what the person did, not whom they serve."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ not in word_set("serving_preposition"):
        return []
    if span.end + 1 < len(doc) and doc[span.end + 1].tag_ == GERUND_TAG:
        return []  # "accused Trump of showing support for Russia": what he did, not whom he serves
    end = min(span.sent.end, span.end + 1 + MAX_COUNTRY_TOKENS)
    while end < span.sent.end and hyphen_joined(doc[end]):
        end += 1
    return list(doc[span.end + 1 : end])
