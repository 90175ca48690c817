"""Words of an event inside a fixed phrase that names no such event: trade words ("at stake")
and words of combat, force or retreat used figuratively ("made a killing", "firing on all
cylinders", "took a shot at the nomination"), read from `figurative_idioms.tsv`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import VIOLENCE, is_agent, mentions, words
from eventwire.lexicons import read_table
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PLACE_ENTITIES

PASSED_OVER = {"ADJ", "ADV", "NUM"}  # "made a quick killing", "a real coup for"
MOST_PASSED = 2  # words passed over between two of a phrase's words
AIM_DEPS = {"dobj", "nsubjpass", "pobj"}  # what a phrase is aimed at
ARMED_CLASSES = ("military", "military_target", "device", "materiel", "passenger_vehicle")


def at_stake(token: Token) -> bool:
    """ "what is at stake", "the issues at stake": risked or in question, not a shareholding."""
    return token.lemma_.lower() == "stake" and token.head.lower_ == "at"


def figurative_idiom(head: Token) -> bool:
    """Whether the trigger word is part of a figurative phrase of `figurative_idioms.tsv`: one
    that never tells the act ("made a killing"), or one aimed only at things ("took a shot at
    the nomination") in a sentence that tells no violence ("a sniper took a shot at the car"
    does), where no one is harmed."""
    for phrase, aim in _idioms():
        found = _phrase_at(head, phrase) if _forms(head) & set(phrase) else []  # the head's
        if found and (aim == "any" or (_aimed_at_things(found) and not _violence_beside(found))):
            return True
    return False


@cache
def _idioms() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((tuple(row[0].split()), row[1]) for row in read_table("figurative_idioms.tsv"))


def _phrase_at(head: Token, phrase: tuple[str, ...]) -> list[Token]:
    """The phrase's words in the head's sentence, when they include the head; none otherwise."""
    for start in head.sent:
        if phrase[0] in _forms(start):
            found = _phrase_from(start, phrase)
            if head in found:
                return found
    return []


def _phrase_from(start: Token, phrase: tuple[str, ...]) -> list[Token]:
    """The phrase read on from its first word, passing over a few modifiers between words."""
    found, end = [start], start.sent.end
    for lemma in phrase[1:]:
        at, passed = found[-1].i + 1, 0
        doc = start.doc
        while at < end and lemma not in _forms(doc[at]) and passed < MOST_PASSED:
            if doc[at].pos_ not in PASSED_OVER:
                return []
            at, passed = at + 1, passed + 1
        if at >= end or lemma not in _forms(doc[at]):
            return []
        found.append(doc[at])
    return found


def _forms(token: Token) -> set[str]:
    """The token's lemma and its own form: a phrase word misread as another part of speech
    keeps its form ("long shot Lindsey Graham", where "shot" was read as "shoot")."""
    return {token.lemma_.lower(), token.lower_}


def _aimed_at_things(phrase: list[Token]) -> bool:
    """The phrase is aimed at something ("the rumours", "the nomination"), and none of it is a
    person, armed party, place, weapon or vehicle."""
    aimed = [stand_in(c) for t in phrase for c in t.children if c.dep_ in AIM_DEPS]
    aimed = [t for t in aimed if t not in phrase]
    return bool(aimed) and not any(map(harmable, aimed))


def _violence_beside(phrase: list[Token]) -> bool:
    """A word of violence in the phrase's sentence outside the phrase ("a sniper"), whose own
    words ("shot") tell none."""
    rest = [t for t in phrase[0].sent if t not in phrase]
    return bool(rest) and mentions(phrase[0], VIOLENCE, rest)  # none left: not the whole sentence


def harmable(token: Token) -> bool:
    """Someone or something violence can be done to: a person or body that can act (a pronoun
    too), a place, an armed force, a military target, a weapon or a vehicle."""
    return is_agent(token) or token.ent_type_ in PLACE_ENTITIES or armed_word(token)


def armed_word(token: Token) -> bool:
    """A word of an armed force, a military target, a weapon or a vehicle ("troops", "base")."""
    return in_words(token, _armed())


@cache
def _armed() -> frozenset[str]:
    return frozenset().union(*(words("event_words.tsv", kind) for kind in ARMED_CLASSES))
