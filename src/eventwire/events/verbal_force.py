"""Which force words are words: a retort that names no target, what an attack is about, and
the weapon in a hand that keeps an attack physical.

"Perez hit back, saying the charges were false" answers in words with no one named at the
end of it, as coders code the criticism it opens; "attacks about his business history" and
"her attacks to foreign policy" go after what a party did or said; but "attacked the mayor's
car with stones" and "was attacked by a man with a hammer" are blows, whoever is hit.
`attack_senses` asks these before recoding an attack as criticism, `sense` before reading a
combat word as figurative, and `extract` for the target of a retort said in words.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.events.lexicon import (
    DEVICES,
    VIOLENCE,
    is_agent,
    is_person,
    speaks,
    word_forms,
    words,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ACCUSE
from eventwire.events.retorts import RETORTS, retort
from eventwire.events.told_violence import back_of, tells_violence
from eventwire.events.verb_arguments import prep_nouns

TOPIC_PREPS = {"about", "over", "to"}  # "attacks about his record", "attacks to Israel policy"
BODY_PARTS = words("event_words.tsv", "body_part")  # "blows to his head" are no topic
# arms told "with" an act ("hit back with drones", "attacked with stones"); elsewhere in the
#   sentence many are other things ("the rugby club", "Boeing's aircraft", "the decision was mine")
ARMS = (
    VIOLENCE
    | words("event_words.tsv", "hand_weapon")
    | DEVICES
    | words("event_words.tsv", "materiel")
)


def answered_alone(match: TriggerMatch, targets: list[Token]) -> bool:
    """ "Perez hit back, saying ...", "the chairman fired back after being sued": a retort
    (`retorts`: firing "back" with no violence told near it) aimed at no one named is still an
    answer in words; who it answers is the other side of the exchange."""
    return not targets and retort(match)


def said_of(match: TriggerMatch) -> list[Token]:
    """ "Rubio hit back, saying Christie was too focused on his campaign": whom a retort aimed
    at no one named answers, told by the subject of what the speaking verb after it says."""
    if match.code.type != ACCUSE or back_of(match.head) is None:
        return []
    speaking = [c for c in match.head.children if c.dep_ == "advcl" and speaks(c)]
    said = [s for v in speaking for s in v.children if s.dep_ == "ccomp"]
    return [t for c in said for t in c.children if t.dep_ == "nsubj" and is_agent(t)]


def force_answered(match: TriggerMatch) -> bool:
    """ "the army hit back, shelling rebel positions", "Israel hit back with air strikes": a
    word of answering "back" read as criticism, aimed at no one, is force answering force when
    its sentence tells violence (`tells_violence`: not a policy's topic or a name), arms
    are told "with" it ("hit back with drones"), or neither a person nor words said tell it."""
    head = match.head
    if match.nominal or match.code.type != ACCUSE or back_of(head) is None:
        return False
    if head.lemma_.lower() in RETORTS:
        return False  # "fired back", "shot back": read by `retorts` before it was recoded
    if any(c.dep_ in {"dobj", "prep"} and c.lower_ != "with" for c in head.children):
        return False  # "hit back at Trump": aimed, read by its own row
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    speaking = any(c.dep_ == "advcl" and speaks(c) for c in head.children)
    armed = tells_violence(head) or _with_arms(head)  # not "saying the NRA's gun bill failed"
    return armed or not (speaking or any(map(is_person, doers)))


def topics(head: Token, criticisable: Callable[[Token], bool]) -> list[Token]:
    """What an attack goes after when it is told by its topic ("attacks about his business
    history", "her attacks to Israel policy"): the object of "about", "over" or "to" that a
    party says or does, or owns; not a part of the body ("a blow to the head")."""
    found = prep_nouns(head, TOPIC_PREPS)
    return [t for t in found if not word_forms(t) & BODY_PARTS and criticisable(t)]


def armed_hand(head: Token) -> bool:
    """ "attacked the car with stones", "attacked by a man with a hammer": a weapon the attack,
    its subject or its "by" doer is told "with" makes it blows whatever its target ("hit
    Clinton with ads" stays words)."""
    doers = [c for c in head.children if c.dep_ == "nsubj"]
    doers += [p for c in head.children if c.dep_ == "agent" for p in c.children]
    return any(_with_arms(t) for t in [head, *doers])


def _with_arms(token: Token) -> bool:
    """A "with" phrase on the word whose object names a weapon ("with a knife")."""
    withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(word_forms(p) & ARMS for w in withs for p in w.children if p.dep_ == "pobj")
