"""Sports news read as sports: "Brazil beat Argentina 2-1 in a World Cup qualifier", "a late
strike by the Ghanaian forward", "France knocked Morocco out of the tournament", "the club
signed the midfielder".

Wire services file match reports beside political news, and their verbs are the event verbs
of war, protest and diplomacy. A sentence with a word found only in sports news (a
`sport` word of event_words.tsv) or a score told on the trigger itself ("beat Barcelona 2-1")
tells play, not an event, unless it also tells violence ("fans clashed with police after the
semifinal" stays an attack).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.events.lexicon import FIGURATIVE, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.told_violence import tells_violence
from eventwire.events.word_classes import OUTDO
from eventwire.parse.hyphens import HYPHENS
from eventwire.parse.tags import VERB_POS

CONTESTS = OUTDO | FIGURATIVE
SPORTS = words("event_words.tsv", "sport")
GAME_PARTS = words("event_words.tsv", "game_part")  # set, inning, quarter: "won the second set"
# Clauses of their own: "rejected the idea because the championship would be on": the sports
# word is in a reason given, not in the act's own clause.
OTHER_CLAUSES = {"advcl", "ccomp", "xcomp", "relcl", "conj", "parataxis", "csubj", "acl"}


def sporting(match: TriggerMatch) -> bool:
    """The trigger is play or a transfer: its clause has a sports word ("beat Argentina in a
    World Cup qualifier") or a score, and its sentence tells no violence. A verb of outdoing
    may tell its game in the aim it served ("beat Ghana on penalties to win the cup")."""
    head = match.head
    told = head.sent if head.lemma_.lower() in OUTDO else _clause(head)
    sport = bool(_told(told) & SPORTS)
    played = sport or _scored(head) or _contested(head, told)
    return played and not tells_violence(head)  # the sentence scan last: few triggers get here


def _told(tokens: Iterable[Token]) -> set[str]:
    return {w for t in tokens for w in (t.lower_, t.lemma_.lower())}


def _clause(head: Token) -> list[Token]:
    """The words of the trigger's own clause (a noun's: its verb's), without the clauses
    that hang from it."""
    verb = next((t for t in [head, *head.ancestors] if t.pos_ in VERB_POS), head)
    found, todo = [], [verb]
    while todo:
        token = todo.pop()
        found.append(token)
        todo += [c for c in token.children if c.dep_ not in OTHER_CLAUSES]
    return found


def _contested(head: Token, told: Iterable[Token]) -> bool:
    """A contest verb ("beat", "defeated") won in a numbered part of a game ("in the fifth
    set", "in the second half") or in extra time. A part "of" something else ("the third round
    of fighting") is no game, and war is won in no numbered half."""
    return head.lemma_.lower() in CONTESTS and any(map(_game_part, told))


def _game_part(token: Token) -> bool:
    """ "the fifth set", "the second half", "extra time"."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False
    if token.lemma_.lower() == "time":
        return any(c.lower_ == "extra" for c in token.children)
    numbered = any(c.like_num for c in token.children)  # "fifth", "5th", "two"
    return numbered and token.lemma_.lower() in GAME_PARTS


def _scored(head: Token) -> bool:
    """A contest verb ("beat", "routed") with a score among its own words ("beat Barcelona
    2-1"): not a vote's tally ("voted 52-48 to confirm"), nor a court's ("ruled 5-4")."""
    return head.lemma_.lower() in CONTESTS and any(map(_score, head.children))


def _score(token: Token) -> bool:
    """ "2-1": a number, a dash, a number."""
    doc = token.doc
    if not token.like_num or token.i + 2 >= len(doc):
        return False
    return doc[token.i + 1].text in HYPHENS and doc[token.i + 2].like_num
