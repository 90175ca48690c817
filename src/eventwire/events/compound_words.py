"""Event words inside a hyphenated compound that names no act: "the famously shoot-from-the-lip
candidate", "a stop-and-frisk policy", "campaigned on self-deportation", "over-incarceration".

A chain of three or more words joined by hyphens is one modifier or name (a manner, a policy,
a slogan), whatever verbs it is built from; a reflexive or degree prefix ("self-", "over-")
turns an act noun into a practice or an excess, done by no one to anyone. Two words joined
by a hyphen stay open ("cease-fire", "sit-in", "counter-attack" are acts).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.hyphens import HYPHENS

CHAIN_WORDS = 3  # words in a hyphenated chain that make it one modifier or name
PREFIXES = word_set("act_prefix")  # self, over


def in_compound(head: Token) -> bool:
    """Whether the trigger word is one of a hyphenated chain of three or more words, or comes
    after a reflexive or degree prefix."""
    words = _chain(head)
    if len(words) >= CHAIN_WORDS:
        return True
    return len(words) == 2 and words[1] == head and words[0].lower_ in PREFIXES


def _chain(head: Token) -> list[Token]:
    """The words joined to the head by hyphens with no space between, in order."""
    doc, start, end = head.doc, head.i, head.i
    while start >= 2 and _joined(doc[start - 1]) and not doc[start - 2].whitespace_:
        start -= 2
    while end + 2 < len(doc) and _joined(doc[end + 1]) and not doc[end].whitespace_:
        end += 2
    return [t for t in doc[start : end + 1] if t.text not in HYPHENS]


def _joined(token: Token) -> bool:
    """A hyphen with no space after it. Not `parse.coordination.has_conjunct`: that asks the
    parse whether a word has a conjunct ("police and agents"); this asks the text whether a
    token is a hyphen that glues two words ("stop-and-frisk"), which the parse may not link."""
    return token.text in HYPHENS and not token.whitespace_
