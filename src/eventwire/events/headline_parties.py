"""An act a headline names with its parties is its news, not a mention in passing.

In running text an event noun under another noun's preposition ("the reason behind the firing",
"plans for a speech") is usually referred to, not reported (`confidence`'s "mentioned in
passing"). A headline has room for its news only: when it names such an act with a party of its
own ("Reason Behind Smith's Firing Of Aide", "Announcement For Speech Against Jones"), the
story reports that act. An "of" phrase alone is no such party: it may be the doer or the aim
("Unite In Support Of Cruz"), and a headline parsed without its verb gets it wrong.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.headline_tense import in_headline
from eventwire.model import Participant


def partied_headline_act(noun: Token, recipients: list[Participant]) -> bool:
    """The headline's event noun has an owner as its doer ("Smith's") or an aim it names."""
    owner = any(child.dep_ == "poss" for child in noun.children)
    return (owner or bool(recipients)) and in_headline(noun)
