"""Strikes that are walkouts whatever else their sentence names.

"Miners at the mine staged a strike", "members of the union staged a strike at plants in A, B
and C", "the strikes at hospitals in X would continue, the nurses' union said": a strike held
by workers, teachers or a union's members, or told beside a union, wages or pay with no armed
force in its sentence, is a labour protest. The mine, the plant and the hospital are where it
is held, not what an air strike hits (`events.attack_senses`, `events.strike_targets`).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.armed_destruction import ARMED
from eventwire.events.lexicon import mentions, words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import PROTEST
from eventwire.events.protest_senses import STOPPAGES
from eventwire.lexicons import word_set
from eventwire.parse.arguments import of_objects
from eventwire.parse.deps import DOER_DEPS, PREMODIFIER_DEPS, through_preposition
from eventwire.parse.forms import in_words

LABOUR = words("event_words.tsv", "labour")  # "union", "wages", "walkout"
CIVIL_SECTORS = word_set("working_sector")  # workers, teachers, nurses
ARMED_MODIFIERS = words("event_words.tsv", "armed_strike")  # "air strikes", "missile strikes"


def walkout(match: TriggerMatch) -> bool:
    """A strike word held by civilians or told among labour words with no armed force."""
    head = match.head
    if match.code.type != PROTEST or head.lemma_.lower() not in STOPPAGES:
        return False
    if any(c.lower_ in ARMED_MODIFIERS for c in head.children if c.dep_ in PREMODIFIER_DEPS):
        return False
    if any(_civilian(d) for d in _doers(head, match.nominal)):
        return True
    return mentions(head, LABOUR) and not mentions(head, ARMED)


def _doers(head: Token, nominal: bool) -> list[Token]:
    """Who strikes: the subject of the verb, or of the verb that holds the strike noun
    ("staged a strike", "went on strike"), or its possessor ("the union's strike")."""
    holder = head
    if nominal:
        holder = through_preposition(head)
    doers = [c for c in (*holder.children, *head.children) if c.dep_ in DOER_DEPS]
    return doers + [m for d in doers for m in of_objects(d)]


def _civilian(token: Token) -> bool:
    """Workers, miners, teachers or nurses, or a union ("members of the union")."""
    words_ = (token.lower_,), (token.lemma_.lower(),)
    return any(group_lexicon().get(w) in CIVIL_SECTORS for w in words_) or in_words(token, LABOUR)
