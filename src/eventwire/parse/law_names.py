"""Laws, treaties and trade pacts that news names like bodies: "repeal Dodd-Frank", "opposed
the TPP", "the Glass-Steagall plank".

A law's or a pact's short name ("Dodd-Frank", "Glass-Steagall", "NAFTA", "the Trans-Pacific
Partnership") is a thing parties pass, back, oppose or repeal, never an actor: a side that names
only it names no one, and "Dodd-Frank imposed new rules" tells no party's act. The name's last
word says nothing ("Partnership", "Frank"), so the names come from a table
(`word_lists.tsv`, law_short_name). The tokenizer splits a hyphenated name ("Glass", "-",
"Steagall") and the recogniser may take one piece as a person, so the whole hyphen-joined word
around the name is read. Both the actors (no actor named so) and the events (no
subject that acts) read it, so it lives here.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.lexicons import word_set
from eventwire.parse.hyphens import HYPHENS


def names_a_law(span: Span) -> bool:
    """Whether the name is a law's or a pact's short name, or a piece of one ("Glass" of
    "Glass-Steagall"), or ends in one ("Super Glass-Steagall")."""
    word = _joined_word(span)
    return any(word == name or word.endswith(" " + name) for name in word_set("law_short_name"))


def _joined_word(span: Span) -> str:
    """The span widened over the joining hyphens on its sides: "Glass" → "Glass-Steagall"."""
    doc = span.doc
    start, end = span.start, span.end
    while start >= 2 and _joins(doc[start - 1]):
        start -= 2
    while end + 1 < len(doc) and _joins(doc[end]):
        end += 2
    return doc[start:end].text


def _joins(mark: Token) -> bool:
    """A hyphen with no space on either side, inside one word ("Dodd-Frank")."""
    before = mark.doc[mark.i - 1]
    return mark.text in HYPHENS and not before.whitespace_ and not mark.whitespace_


def law_word(word: Token) -> bool:
    """Whether the word is (a piece of) a law's or a pact's short name: "Dodd-Frank imposed new
    rules" has a thing for its subject, no one who acts."""
    return names_a_law(word.doc[word.i : word.i + 1])
