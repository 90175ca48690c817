"""A candidate leaving a race yields to no one: "dropped out of the race", "ended her bid",
"suspended his campaign" tell an exit that coders code as no event unless the text names
to whom the candidate yields ("conceded to Clinton", "dropped out and endorsed Cruz" codes
the endorsement). Resigning a post ("resigned as chairwoman") stays a concession of office.
A vow to stay in the race ("vowed to fight on", "vows to press on to the next primary",
"vowed to remain in the fight") is no promise to anyone either, unless it names a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import LEADER_STEPS_DOWN
from eventwire.events.campaign_trail import CAMPAIGN_SECTORS
from eventwire.events.lexicon import words
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import objects
from eventwire.events.word_classes import PROMISES
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.deps import VERB_PARTICLE_DEPS
from eventwire.parse.forms import in_words

RACES = words("event_words.tsv", "race_run") | words("event_words.tsv", "race_bid")
RACE_STAYS = words("event_words.tsv", "race_stay")  # compete, fight on, press on
KEPT_IN = words("event_words.tsv", "race_kept")  # stay, remain, continue: in a race or fight
FIGHTS = words("event_words.tsv", "conflict")  # "remain in the fight", "continue the fight"
AIMS = word_set("aim_preposition")  # "the fight against Wall Street": a side, not the race
BARE_ON_DEPS = VERB_PARTICLE_DEPS | {"prep"}  # "press on": the parser's particle or preposition


def leaves_race(match: TriggerMatch, recipients: list[Participant]) -> bool:
    """A verb of stepping down whose object, or "out of" object, is a race or a bid, or that
    is a bare "drop out"/"bow out", with no one named as the one yielded to."""
    if match.nominal or match.code.cameo != LEADER_STEPS_DOWN:
        return False
    verb = match.head
    races = [t for t in _left(verb) if _is_race(t)]
    if any(not _sought(p, races) for p in recipients):
        return False
    return _out(verb) or bool(races)


def stays_in_race(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """A vow, pledge or promise to carry on in the race, with no one it is made to or aimed
    at; carrying on a fight is the race's only where the race is named or a party's candidate
    vows it ("the family vowed to continue the battle" in court threatens)."""
    verb = match.head
    if match.nominal or recipients or verb.lemma_.lower() not in PROMISES:
        return False
    kept = [c for c in verb.children if c.dep_ == "xcomp"]
    in_race = any(a.sector in CAMPAIGN_SECTORS for a in actors)
    return bool(kept) and all(_carries_on(c, in_race) for c in kept)


def _carries_on(verb: Token, in_race: bool) -> bool:
    """ "to press on to the next primary", "to stay in the campaign", "to remain in the fight
    through the primary", or, by a candidate, "to fight on": carrying on in a race."""
    in_race = in_race or any(in_words(t, RACES) for t in verb.subtree)
    on = [f"{verb.lemma_.lower()} on" for c in verb.children if _bare_on(c)]
    if {verb.lemma_.lower(), *on} & RACE_STAYS:
        return in_race
    if verb.lemma_.lower() not in KEPT_IN:
        return False
    kept = _left(verb) + pobjs(verb, {"in"})
    return any(in_words(t, RACES) or (in_race and _race_fight(t)) for t in kept)


def _race_fight(noun: Token) -> bool:
    """ "remain in the fight": a candidate's fight is the race, unless aimed at a side of its
    own ("continue the fight against Wall Street" threatens it)."""
    aimed = any(c.dep_ == "prep" and c.lower_ in AIMS for c in noun.children)
    return in_words(noun, FIGHTS) and not aimed


def _bare_on(token: Token) -> bool:
    """ "on" with no object of its own ("press on to the next primary"), however the parser
    labels it."""
    bare = not any(c.dep_ == "pobj" for c in token.children)
    return token.lower_ == "on" and token.dep_ in BARE_ON_DEPS and bare


def _sought(recipient: Participant, races: list[Token]) -> bool:
    """ "ended his bid for the White House", "quit the race for the Senate": the office a
    race is for is what was sought, not a party yielded to."""
    offices = [o for race in races for o in pobjs(race, {"for"})]
    return recipient.mention is not None and any(
        o.left_edge.idx <= recipient.mention.start < o.right_edge.idx + len(o.right_edge)
        for o in offices
    )


def _left(verb: Token) -> list[Token]:
    """What the verb leaves: its object and the objects of "of" and "from"."""
    left = pobjs(verb, word_set("left_preposition"))
    return objects(verb) + left


def _out(verb: Token) -> bool:
    """ "dropped out", "bowed out": the particle "out" with no object left outside a race."""
    outs = [c for c in verb.children if c.dep_ in VERB_PARTICLE_DEPS and c.lower_ == "out"]
    left = _left(verb) + [t for o in outs for t in pobjs(o, {"of"})]
    return bool(outs) and all(_is_race(t) for t in left)


def _is_race(token: Token) -> bool:
    return in_words(token, RACES)
