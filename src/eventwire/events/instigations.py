"""Acts done at someone's asking: "was ousted at the urging of his allies", "the troops withdrew
at the request of the UN", "fired him on the orders of the minister".

The asking noun is the setting of another act ("at", "on"), so the role reader would give it
that act's doer or patient as its own doer and the askers, its "of" object, as whom it is
aimed at: the sides reversed. The askers are its doers; whom they asked is whoever did the act
asked for: its subject, or a passive's "by" object (none named: "was ousted at the urging of
X" does not say who ousted him, and the side stays empty).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.phrase_links import pobjs
from eventwire.parse.tags import VERB_POS

ASKING = words("event_words.tsv", "instigation")  # urging, request, behest, orders
SETTINGS = {"at", "on", "upon"}  # "at the urging of", "on the orders of"


def askers(noun: Token) -> list[Token]:
    """The "of" objects or the owner of an asking noun that sets another act ("at the request
    of the UN", "at Egypt's request"); none for the noun as an argument ("rejected the request
    of the UN") or with no asker."""
    prep = noun.head
    setting = noun.dep_ == "pobj" and prep.lower_ in SETTINGS and prep.head.pos_ in VERB_POS
    if not setting or noun.lower_ not in ASKING:
        return []
    return pobjs(noun, {"of"}) + [c for c in noun.children if c.dep_ == "poss"]


def sets_off(noun: Token, verb: Token) -> bool:
    """Whether the asking noun sets the verb's act ("at the urging of his wife, he talked to
    aides"): the asker asked for the act, which is not aimed back at the asker."""
    return bool(askers(noun)) and noun.head.head == verb
