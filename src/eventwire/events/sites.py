"""The site an attack noun names before it is what was hit: "the U.S. Embassy blasts".

A name modifying an act noun is usually its doer ("Israeli air strikes", "Hamas attacks"), but a
building or installation (`struck_site` in `event_arguments.tsv`: an embassy, a base, a
nightclub) before an attack noun is where the attack struck, never who attacked. It is not made
the target here: as one, it drew a report of the attack ("warnings came after ... a suspect in
the U.S. Embassy bombings") away from the act the sentence tells.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import word_types
from eventwire.events.participant_sets import participant_key
from eventwire.events.participants import RoleReader
from eventwire.events.plover_types import ASSAULT
from eventwire.events.word_classes import PREMISES
from eventwire.model import Participant
from eventwire.parse.deps import COMPOUND_DEPS

SITE_DEPS = COMPOUND_DEPS


def struck_sites(
    reader: RoleReader, noun: Token, modifiers: list[Participant]
) -> list[Participant]:
    """The modifiers that do an attack noun's act: all but those naming a site it hit."""
    sites = [c for c in noun.children if c.dep_ in SITE_DEPS and _site(c)]
    if not sites or not _attack(noun):
        return modifiers
    keys = {participant_key(p) for site in sites for p in reader.phrase(site)}
    return [p for p in modifiers if participant_key(p) not in keys]


def _site(token: Token) -> bool:
    return token.lemma_.lower() in PREMISES


def _attack(noun: Token) -> bool:
    """An assault noun of the trigger lexicon ("blast", "bombing", "shooting")."""
    return ASSAULT in word_types(noun.lemma_.lower(), "N")
