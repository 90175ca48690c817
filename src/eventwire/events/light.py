"""Light-verb constructions: a support verb whose object is an eventive noun tells the noun's act.

"levelled accusations against X", "launched air strikes on Gaza", "lodged a protest with Y": the
noun (read from the trigger lexicon) gives the event's type and the light verb (a word class of
`event_words.tsv`) carries its participants; the verb's subject is the source (`noun_roles`)
and the verb's aim prepositions ("at", "on", "against") name the target. Filing a protest is the
formal complaint of CAMEO 114 (ACCUSE), not a demonstration.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.cameo_codes import OFFICIAL_COMPLAINT
from eventwire.events.lexicon import is_agent
from eventwire.events.light_verbs import light_verb
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.plover_types import PROTEST
from eventwire.events.word_classes import DOCUMENTS, FILING
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.forms import in_words
from eventwire.sectors import GOVERNMENT

FILING_VERBS = FILING
AIM_PREPS = word_set("aim_preposition")
GROUP_SECTORS = group_lexicon()  # "government", "embassy": GOV


def aimed_at(reader: RoleReader, match: TriggerMatch) -> list[Participant]:
    """ "levelled criticism at Obama", "launched strikes on Gaza": whom the light verb aims the
    noun's act at, or hands it to, when the noun itself names no target."""
    verb = light_verb(match.head) if match.nominal else None
    aims = pobjs(verb, AIM_PREPS) if verb is not None else []
    return [p for t in aims + _handed_to(match) for p in reader.phrase(t)]


def _handed_to(match: TriggerMatch) -> list[Token]:
    """ "gave Kuwait an assurance", "sent Iraq an ultimatum": the first object of the verb
    that hands over the act's noun is whom the act is addressed to (the parser may read both
    as direct objects: "gave Marsh a ringing endorsement")."""
    noun = match.head
    if not match.nominal or noun.dep_ != "dobj":
        return []
    first = [c for c in noun.head.children if c.i < noun.i]
    handed = light_verb(noun) is not None  # "gave Marsh an endorsement", not "vet bond deals"
    given = [c for c in first if handed and c.dep_ == "dobj" and is_agent(c)]
    return [c for c in first if c.dep_ in {"dative", "iobj"}] + given


def formal_complaint(match: TriggerMatch) -> TriggerMatch:
    """ "lodged a protest with Turkey": a protest filed with someone is a formal complaint."""
    verb = light_verb(match.head) if match.nominal else None
    filed = verb is not None and in_words(verb, FILING_VERBS)
    written = _in_writing(match.head) if match.nominal else False
    if match.code.type == PROTEST and (filed or written or _by_states(match)):
        return match.recoded(OFFICIAL_COMPLAINT)
    return match


def _in_writing(noun: Token) -> bool:
    """ "handed him a note of protest", "a protest letter": a protest put in a written note is
    the official complaint of CAMEO 114 that diplomats deliver, not a demonstration."""
    holder = noun.head.head if noun.head.lower_ == "of" else noun.head
    carried = noun.head.lower_ == "of" or noun.dep_ == "compound"
    return carried and holder.lemma_.lower() in DOCUMENTS


def _by_states(match: TriggerMatch) -> bool:
    """ "protests from Britain", "a protest by the French embassy": a protest that states or
    their governments make is a diplomatic complaint, not a demonstration."""
    makers = pobjs(match.head, word_set("maker_preposition")) if match.nominal else []
    return any(
        t.ent_type_ == "GPE" or GROUP_SECTORS.get((t.lemma_.lower(),)) == GOVERNMENT for t in makers
    )
