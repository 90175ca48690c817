"""Bans, restrictions and seizures aimed at a thing: "police banned guns", "soldiers seized
weapons". The act's human target is whoever owns or uses the thing, which the text does not
say: the side stays empty instead of taking the doers' own people (`premises`), a guess kept
for coercion of people or of the places they live in ("raided two homes") and for destruction,
which PLOVER codes as aimed at the people of the state whose property is destroyed ("guerrillas
blew up power lines")."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_rows
from eventwire.events.modes import BAN, RESTRICT, SEIZE
from eventwire.events.owned_things import is_thing
from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import COERCE
from eventwire.events.verb_arguments import patients

THING_MODES = {BAN, RESTRICT, SEIZE}  # acts on things or rules


def aimed_at_things(reader: RoleReader, verb: Token, type_: str) -> bool:
    """Whether the verb bans, restricts or seizes (COERCE), and its objects are all things
    (`owned_things.is_thing`) that name no actor."""
    if type_ != COERCE or not _modes(verb) & THING_MODES:
        return False
    objects = patients(verb)  # "banned guns", "guns were banned"
    return bool(objects) and all(_thing(reader, o) for o in objects)


def _thing(reader: RoleReader, noun: Token) -> bool:
    return is_thing(noun) and not reader.phrase(noun)


def _modes(verb: Token) -> set[str]:
    """The modes the trigger lexicon gives the verb's lemma on its own."""
    rows = word_rows(verb.lemma_.lower(), "V", single=True)
    return {t.code.mode for t in rows if t.code.mode}
