"""Acts two sides trade in a headline: "Romney, Santorum trade attacks on auto bailout", "Clinton,
GOP leaders trade blame". The tagger reads the bare verb "trade" as a noun glued to the act, so
the parse holds no subjects; headline grammar puts the parties, joined by a comma or "and",
right before it. As for "X and Y traded accusations" (`reciprocal`), each party is a source;
blame traded so is aimed at each other (`mutual_blame`). Combat traded between people the story
names ("Novak, Horvat trade attacks on eve of vote", the tagger missing both as names) is words,
not arms: criticism (`traded_words`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import CRITICISM
from eventwire.events.combat_senses import figurative
from eventwire.events.headline import name_in_story
from eventwire.events.headline_tense import in_headline
from eventwire.events.participant_sets import Sides, unique
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.word_classes import RECIPROCAL
from eventwire.given_names import gender_of_given_name
from eventwire.model import Participant
from eventwire.parse.tags import NOMINAL_POS

JOINERS = {",", "and", "&"}


def traded_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The parties before a headline's "trade" glued to the act noun; None elsewhere."""
    word = _trade_word(match.head)
    if word is None:
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
        if token.pos_ not in NOMINAL_POS and token.lower_ not in JOINERS:
            break
        found.append(token)
    return found


def traded_words(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as criticism when people the story names trade a combat noun that
    tells no violence ("trade attacks"); states and armed groups trading fire are left alone."""
    word = _trade_word(match.head)
    if word is None or not figurative(match):
        return match
    named = [name_in_story(t) for t in _party_words(word) if t.lower_ not in JOINERS]
    people = bool(named) and all(heads and all(map(_person, heads)) for heads in named)
    return match.recoded(CRITICISM) if people else match


def _trade_word(head: Token) -> Token | None:
    """The headline's "trade" glued to the act noun before it ("trade attacks"), if any."""
    word = head.doc[head.i - 1] if head.i else head
    glued = word.dep_ == "compound" and word.head == head and word.pos_ != "VERB"
    return word if glued and word.lower_ in RECIPROCAL and in_headline(head) else None


def _person(name: Token) -> bool:
    """A name the tagger calls a person, or one after a given name ("Marko Horvat" as ORG)."""
    given = name.doc[name.i - 1] if name.i else None
    return name.ent_type_ == "PERSON" or (
        given is not None and gender_of_given_name(given.text) is not None
    )
