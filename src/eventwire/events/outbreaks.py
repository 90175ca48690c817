"""A war told by its outbreak: "the border war broke out last May", "hostilities resumed".

"War" is no trigger of its own (most of its mentions are background: "the 1967 war", "since
the war"), but a war that breaks out, erupts, flares up or resumes is reported happening, as
"fighting erupted" is: ASSAULT (CAMEO 190) on the outbreak verb, with the sides the sentence
names or none. A war of prices, trade or words is no fighting.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import MILITARY_FORCE
from eventwire.events.lexicon import words
from eventwire.parse.deps import NOUN_MODIFIER_DEPS

WARS = words("event_words.tsv", "war_noun")  # war, hostilities, warfare
OUTBREAKS = words("event_words.tsv", "outbreak")  # erupt, break out, flare up, resume
BREAKING = frozenset(phrase.split()[0] for phrase in OUTBREAKS)  # erupt, break: the verbs read
CONTESTS = words("event_words.tsv", "contest_war")  # price, trade, turf: a war of rivals


def outbreak_code(verb: Token) -> str | None:
    """FIGHTING's code when the verb tells that an armed war broke out or resumed."""
    if verb.lemma_.lower() not in OUTBREAKS and not _particle_in(verb):
        return None
    wars = [c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in WARS]
    return MILITARY_FORCE if wars and not any(map(_contest, wars)) else None


def _particle_in(verb: Token) -> bool:
    """ "broke out", "flared up": the verb with its particle is listed."""
    particles = (c.lower_ for c in verb.children if c.dep_ == "prt")
    return any(f"{verb.lemma_.lower()} {p}" in OUTBREAKS for p in particles)


def _contest(war: Token) -> bool:
    return any(c.dep_ in NOUN_MODIFIER_DEPS and c.lemma_.lower() in CONTESTS for c in war.children)
