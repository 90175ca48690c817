"""The title words right before a name ("Belarusian President X", "his Belarusian
counterpart X", "Fox News Chairman and CEO Roger Ailes"): capitalised words, title and
occupation words, adjectives and places, back to a determiner or a word no title holds. A
function word ("of", "under") belongs to a title only inside one ("Secretary of State X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.headline_titles import headline_verb_word
from eventwire.actors.hyphens import between_hyphens
from eventwire.actors.occupations import occupation_words
from eventwire.actors.phrases import (
    MAX_TITLE_TOKENS,
    abbreviated,
    is_place,
    possessives,
    split_dot,
    title_words,
)
from eventwire.actors.title_pairs import joins_two_titles
from eventwire.code_phrases import MAX_ROLE_WORDS, role_phrases
from eventwire.lexicons import word_set
from eventwire.parse.nlp import entity_at

JOINING_TAGS = frozenset({"ADP", "CCONJ", "SCONJ"})  # "of", "under", "for", "and"


def title_window(span: Span) -> list[Token]:
    """Title words right before a name: "Belarusian President", "his Belarusian counterpart"."""
    doc, words = span.doc, title_words() | occupation_words()  # "attorney X", "billionaire Y"
    window: list[Token] = []
    index, first = span.start - 1, _sentence_start(span)
    while index >= first and len(window) < MAX_TITLE_TOKENS:
        token = doc[index]
        if token.is_space and "\n" not in token.text:  # "reporter  Matt Roe": a doubled space
            index -= 1
            continue
        if token.lower_ in word_set("possessive_determiner"):
            window.insert(0, token)
            break
        titled = token.text[:1].isupper() or token.text in possessives() | {"-"}  # "McConnell"
        titled = titled or between_hyphens(token)  # "Post Editor-in-Chief Martin Baron"
        fits = titled or token.lower_ in words or token.pos_ == "ADJ" or is_place(token)
        fits = fits or (split_dot(token) and abbreviated(doc[index - 1]) in words)
        fits = fits and (not _joining_word(token) or _joins_a_title(token))
        fits = fits or joins_two_titles(token)  # "Fox News Chairman and CEO Roger Ailes"
        if token.lower_ == "the" or not fits or headline_verb_word(token):
            break
        window.insert(0, token)
        index -= 1
    return window


def _joining_word(token: Token) -> bool:
    """A lower-case function word ("of", "under"), which titles share with the phrases
    around them ("the CIA under President X", "the agency of Director Y"); not one inside a
    hyphened word ("Editor-in-Chief")."""
    return token.is_lower and token.pos_ in JOINING_TAGS and not between_hyphens(token)


def _joins_a_title(word: Token) -> bool:
    """A function word is a title's only inside one: within a title phrase ("Secretary of
    State", "Chief of Staff"), as the "of" or "for" of the body a title serves ("Governor of
    Texas"; not "the top diplomat under President X") or inside a name ("Department of
    Defense Chief of Staff X"); else the words before it are no title's."""
    doc, i = word.doc, word.i
    start, end = (
        max(word.sent.start, i - MAX_ROLE_WORDS + 1),
        min(word.sent.end, i + MAX_ROLE_WORDS),
    )
    items = [t.lower_ for t in doc[start:end]]
    serves = word.lower_ in word_set("serving_preposition")
    for first in range(start, i):
        match = role_phrases().at(items, first - start)
        if match is not None and start + match.end > i + 1:  # the phrase goes on past the word
            return True
        if serves and role_phrases().get(items[first - start : i - start]) is not None:
            return True  # a title ends right before the word
    entity = entity_at(word)
    return entity is not None and entity.start < i < entity.end - 1


def _sentence_start(span: Span) -> int:
    """Where the name's sentence starts; the parser may end a sentence after an abbreviated
    title the tokenizer split ("U.S. Reps. Ileana Ros-Lehtinen", "Capt. Rod Beer"), which
    still belongs to the name."""
    start, doc = span.sent.start, span.doc
    if start >= 2 and split_dot(doc[start - 1]) and abbreviated(doc[start - 2]) in title_words():
        return doc[start - 2].sent.start
    return start
