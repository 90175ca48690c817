"""Acts two sides trade in a headline: "Romney, Santorum trade attacks on auto bailout", "Clinton,
GOP leaders trade blame". The tagger reads the bare verb "trade" as a noun glued to the act, so
the parse holds no subjects; headline grammar puts the parties, joined by a comma or "and",
right before it. As for "X and Y traded accusations" (`reciprocal`), each party is a source and
none a target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.headline import name_in_story
from eventwire.events.headline_tense import in_headline
from eventwire.events.lexicon import words
from eventwire.events.participant_sets import Sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.model import Participant

RECIPROCAL = words("event_words.tsv", "reciprocal")  # trade, exchange, swap
JOINERS = {",", "and", "&"}


def traded_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The parties before a headline's "trade" glued to the act noun; None elsewhere."""
    head = match.head
    word = head.doc[head.i - 1] if head.i else head
    glued = word.dep_ == "compound" and word.head == head and word.pos_ != "VERB"
    if not glued or word.lower_ not in RECIPROCAL or not in_headline(head):
        return None
    parties = unique([p for t in _party_words(word) for p in _own(reader, t)])
    return (parties, []) if len(parties) > 1 else None


def _own(reader: RoleReader, token: Token) -> list[Participant]:
    """The party the word itself names: the parse reads "Romney, Santorum" as a name and its
    apposition, which would give both words the second name; a name the tagger missed is the
    story's name it ends."""
    mention = reader.mention_at(token)
    if mention is not None:
        return [reader.participant(mention)]
    return [p for t in name_in_story(token) for p in reader.phrase(t)]  # "Mitt Romney" below


def _party_words(word: Token) -> list[Token]:
    """The words right before `word` back to the start of its clause: names, their titles and
    the commas or "and" that join them ("Clinton, GOP leaders")."""
    found = []
    for token in reversed(word.doc[word.sent.start : word.i]):
        if token.pos_ not in {"PROPN", "NOUN", "ADJ"} and token.lower_ not in JOINERS:
            break
        found.append(token)
    return found
