"""A law enacted that does something hostile is that act, done by those who enact it.

"lawmakers passed measures to step up sanctions against Iran", "signed 18 bills to end access
to health care", "passed laws barring transgender people from using bathrooms": what the
sentence reports is the restriction or the sanction the law imposes, and the chamber or the
governor that enacts it imposes it, on whom the law's clause names. So the enacting verb takes
the code of the first hostile act its measure's phrase tells as its own, and that act is its
content (whose target it is aimed at). A law that grants or backs something, one that bans a
thing ("passed laws barring almost all abortions": no one restricted, as `thing_bans` reads
it), and one whose hostile act is told inside another act ("approved a resolution condemning
Trump's call for a ban") stay the enacting SUPPORT.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import CONFLICTUAL, words
from eventwire.events.matches import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import SUPPORT
from eventwire.events.thing_bans import bans_a_thing
from eventwire.events.withheld import ENACTED  # bill, measure, law, rule
from eventwire.parse.forms import in_words

ENACTING = words("event_words.tsv", "enacting")  # sign, pass, enact, approve
HUNG = {"advcl", "prep"}  # how the parse may hang "barring abortions" on the verb
Pair = tuple[TriggerMatch, TriggerMatch | None]


def enacted_act(
    match: TriggerMatch, content: TriggerMatch | None, matches: list[TriggerMatch]
) -> Pair:
    """An enacting verb recoded as the hostile act its measure imposes; other acts unchanged."""
    if match.code.type != SUPPORT or match.head.lemma_.lower() not in ENACTING:
        return match, content
    inside = {t.i for m in _measures(match.head) for t in m.subtree}
    told = [m for m in matches if m.head.i in inside]
    imposed = [m for m in told if m.code.type in CONFLICTUAL and _imposed(m, told)]
    if not imposed:
        return match, content
    return TriggerMatch(match.head, match.span, imposed[0].code, match.nominal), imposed[0]


def _imposed(act: TriggerMatch, told: list[TriggerMatch]) -> bool:
    """The measure's own act, laid on someone: not one told inside another act of its phrase
    ("a resolution condemning Trump's call for a ban" condemns; the ban is Trump's), nor a ban
    on a thing ("laws barring almost all abortions", `thing_bans`), which restricts no one."""
    heads = {m.head.i for m in told if m.head.i != act.head.i}
    nested = any(t.i in heads for t in act.head.ancestors)
    return not nested and not bans_a_thing(act)


def _measures(verb: Token) -> list[Token]:
    """The enacted measures, and a participle right after one that the parse hung on the verb
    as a clause or a preposition ("passed laws barring abortions": the laws bar them)."""
    measures = [c for c in verb.children if c.dep_ == "dobj" and _is_measure(c)]
    ends = {m.right_edge.i + 1 for m in measures}
    return measures + [c for c in verb.children if c.dep_ in HUNG and c.left_edge.i in ends]


def _is_measure(noun: Token) -> bool:
    """A bill, a law or a rule, or a set of them ("a set of measures"); not an agreement
    signed ("signed an agreement barring her from publishing" binds its signer)."""
    held = [noun, *pobjs(noun, {"of"})]
    return any(in_words(t, ENACTED) for t in held)
