"""Acts whose sense turns on who does them: a state or its armed forces, or a crowd.

"Protesters barricaded the road" is a protest, but "the navy will barricade the port" or
"Israel blockaded Gaza" is a blockade imposed by force (CAMEO 191, PLOVER COERCE), and
"demonstrators blockaded the refinery" a protest again. So with orders: "military authorities
ordered all foreigners to assemble at a hotel" is no request but coercion, as an order an armed
force gives is one its hearers cannot refuse. `extract` reads every match through `armed_sense`.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon, organization_lexicon
from eventwire.events.cameo_codes import BLOCKADE, OBSTRUCTION
from eventwire.events.lexicon import words
from eventwire.events.light_verbs import act_doers
from eventwire.events.matches import TriggerMatch
from eventwire.events.plover_types import PROTEST, REQUEST
from eventwire.parse.deps import COMPLEMENT_DEPS, PREMODIFIER_DEPS
from eventwire.parse.forms import in_words
from eventwire.sectors import MILITARY, POLICE

BLOCKING = words("event_words.tsv", "blocking")  # "barricade", "blockade", "cordon"
ORDERS = words("event_words.tsv", "armed_order")  # "order", "command"
CROWD = words("event_words.tsv", "crowd")  # protesters, demonstrators, marchers
ARMED_SECTORS = {MILITARY, POLICE}
ARMED_MODIFIERS = words("event_words.tsv", "armed_modifier")  # "military authorities"
STATE_ENTITIES = {"GPE"}  # a state blockades; a crowd does not


def armed_sense(match: TriggerMatch) -> TriggerMatch:
    """The match recoded when a state or an armed force does a blockade or gives an order."""
    return _armed_order(_crowd_blockade(_state_blockade(match)))


def _state_blockade(match: TriggerMatch) -> TriggerMatch:
    """ "the navy will barricade the port", "Israel's blockade of the road": a blocking act by a
    state or its forces is a blockade (COERCE), not a protest."""
    if match.code.type != PROTEST or match.head.lemma_.lower() not in BLOCKING:
        return match
    doers = act_doers(match.head)
    if not any(_armed(t) or t.ent_type_ in STATE_ENTITIES for t in doers):
        return match
    return match.recoded(BLOCKADE)


def _crowd_blockade(match: TriggerMatch) -> TriggerMatch:
    """ "protesters blockaded the refinery": a blockade that a crowd mounts is a protest."""
    if match.code.cameo != BLOCKADE or match.head.lemma_.lower() not in BLOCKING:
        return match
    if not any(in_words(t, CROWD) for t in act_doers(match.head)):
        return match
    return match.recoded(OBSTRUCTION)


def _armed_order(match: TriggerMatch) -> TriggerMatch:
    """ "troops ordered residents to leave": an order to act that armed forces give is
    coercion; an order a civilian body gives stays a demand."""
    if match.code.type != REQUEST or match.head.lemma_.lower() not in ORDERS:
        return match
    if not any(c.dep_ in COMPLEMENT_DEPS for c in match.head.children):
        return match
    if not any(_armed(t) for t in act_doers(match.head)):
        return match
    return match.recoded(BLOCKADE)  # restricts where people may go


def _armed(token: Token) -> bool:
    """An armed force or the police ("the U.S. Navy", "troops", "military authorities")."""
    organization = organization_lexicon().get(token.text)
    if organization is not None and organization.sector in ARMED_SECTORS:
        return True
    if group_lexicon().get((token.lower_,)) in ARMED_SECTORS:
        return True
    modifiers = [c for c in token.children if c.dep_ in PREMODIFIER_DEPS]
    return any(m.lower_ in ARMED_MODIFIERS for m in modifiers)
