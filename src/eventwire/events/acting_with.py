"""An act noun a verb's subject answers or opens "with" is that subject's act.

"Ames responded with a blistering attack on Dalton", "followed up with criticism of the plan",
"greeted the ruling with protests", "chimed in with criticism", "went up with an ad attacking
X": the "with" object of a verb of answering, following up, joining in, opening or closing
(a phrasal one read with its particle) is what the verb's subject did, so the subject is the
noun's doer, and the issuer of a document ("launched the drive with a speech denouncing X",
`issued_documents`). A passive verb ("was greeted with protests") has the act's target for
subject, and other verbs' "with" objects are taken, handled or chosen ("met with criticism",
"dealt with protests", "went with a speech"), so neither counts.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import words
from eventwire.events.passives import is_passive
from eventwire.parse.deps import VERB_PARTICLE_DEPS

ACTING_WITH = words("event_words.tsv", "acting_with")  # respond, follow, open, greet


def acting_with(noun: Token) -> Token | None:
    """The active verb of answering or opening whose "with" object the noun is, else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    verb = noun.head.head
    if verb.pos_ != "VERB" or ACTING_WITH.isdisjoint(_readings(verb)) or is_passive(verb):
        return None
    return verb


def _readings(verb: Token) -> set[str]:
    """The verb's lemma, and with each of its particles ("chime in", "go up"), as the lexicon
    lists phrasal verbs whose lemma alone ("go") tells no act; the parse hangs "back" as an
    adverb ("hit back", "fired back", "struck back"), so an adverb counts as a particle too."""
    lemma = verb.lemma_.lower()
    particles = (c for c in verb.children if c.dep_ in VERB_PARTICLE_DEPS)
    return {lemma} | {f"{lemma} {c.lower_}" for c in particles}
