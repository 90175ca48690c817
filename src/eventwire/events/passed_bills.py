"""A bill told as passing a chamber: "the bill easily passed the House and Senate", "the measure
cleared the Senate 68-32".

News often makes the bill the subject and the chamber the object; the act is still the chamber
enacting the bill (SUPPORT, as "the Senate passed the bill" is in `event_triggers.tsv`), so the
chamber, the verb's object, is its doer, and nobody named is its target. Only a bill, a law or a
rule as the subject and a body as the object count: "the motion passed", "the bill must clear a
hurdle" or "passed the ball" is no such act.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.events.cameo_codes import PRAISE
from eventwire.events.lexicon import is_agent, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.participant_sets import Sides
from eventwire.events.withheld import ENACTED  # bill, measure, law, rule

if TYPE_CHECKING:  # the trigger search imports this module; the role reader imports it back
    from eventwire.events.participants import RoleReader

PASSING = words("event_words.tsv", "bill_passing")  # pass, clear


def passed_bill(token: Token) -> TriggerMatch | None:
    """The verb of "the bill passed the House", coded as the chamber's enacting it."""
    return TriggerMatch.word(token, PRAISE) if passed_chambers(token) else None


def chamber_sides(reader: RoleReader, match: TriggerMatch) -> Sides | None:
    """The chambers a bill passed, as the doers; None for any other construction."""
    chambers = passed_chambers(match.head)
    if not chambers:
        return None
    return ([p for t in chambers for p in reader.phrase(t)], [])


def passed_chambers(verb: Token) -> list[Token]:
    """The objects of a passing verb whose subject is a bill or a law (a phrase reads its
    conjuncts: "the House and Senate")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PASSING:
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in ENACTED for s in subjects):
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and is_agent(c)]  # not "a hurdle"
