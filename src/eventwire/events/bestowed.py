"""Support told from the side of the one who gets it: "Cruz received the endorsement of Pence",
"picked up an endorsement from Perry", "had the backing of Romney".

The subject of a verb of receiving or holding is the target of the act noun it takes; the
doer is the noun's "from"/"by" object, or, for a granted act (support, endorsement, backing:
`event_arguments.tsv` "granted"), its "of" object as well ("the support of four in ten
voters"), or the body it comes from ("has 31 endorsements in the Senate", "support among
voters"). Verbs that only hold or show off what was given ("had", "won", "touted") read so
only for a granted act, so "had talks with X" keeps its own reading, and not when the act is
passed on to a party ("had nothing but praise for Obama": the subject gives it).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import is_agent, words
from eventwire.events.phrase_links import pobjs
from eventwire.lexicons import word_set
from eventwire.parse.forms import in_words
from eventwire.parse.nlp import PARTY_ENTITIES, PLACE_ENTITIES, TIME_ENTITIES
from eventwire.parse.tags import PRONOUN_TAG

RECEIVING = words("event_arguments.tsv", "receiving")  # receive, draw, face, get, earn
HOLDING = words("event_arguments.tsv", "holding")  # have, win, secure, tout, pick up
GRANTED = words("event_arguments.tsv", "granted")  # support, endorsement, backing
ACCEPTING = words("event_arguments.tsv", "accepting")  # accept
SAID_OF_ONE = words("event_arguments.tsv", "said_of_one")  # congratulations, praise, thanks
LEAVING = words("event_arguments.tsv", "leaving")  # move, departure, defection, exit
GIVER_PREPS = word_set("maker_preposition")
PASSED_ON_PREPS = frozenset({"for", "to", "with"})  # "praise for Obama", "ties with China"
HELD_FROM_PREPS = frozenset({"from", "among", "by"})  # "Clinton's support among Latinos"


def receives(verb: Token, noun: Token) -> bool:
    """Whether the verb's subject gets the act `noun` names rather than doing it."""
    if verb.lemma_.lower() in RECEIVING or _given_from(noun, verb) or _accepts_tribute(verb, noun):
        return True
    if not (_holding(verb) and _granted(noun)):
        return False
    return bool(givers(noun, verb) or owned(noun)) or not _passed_on(noun, verb)


def _accepts_tribute(verb: Token, noun: Token) -> bool:
    """ "accepted congratulations from Putin": what others say of one is theirs to give, so the
    one who accepts it is its target, never its doer."""
    return verb.lemma_.lower() in ACCEPTING and in_words(noun, SAID_OF_ONE)


def _given_from(noun: Token, verb: Token) -> bool:
    """ "unveiled endorsements from 95 generals", "scored an endorsement from a colleague": a
    granted act that comes "from" a party comes to the verb's subject, whatever the verb,
    unless the act goes on to a party ("support from the unions for Obama"), is taken away
    ("carve support away from Trump") or has an owner, whom `held_from` reads."""
    if owned(noun) or any(c.lower_ == "away" for c in verb.children):  # "carve support away"
        return False
    froms = pobjs(noun, {"from"}) + pobjs(verb, {"from"})  # the parse may hang it on the verb
    giving = [t for t in froms if t.ent_type_ not in PLACE_ENTITIES | TIME_ENTITIES]
    found = any(is_agent(t) for t in giving)
    return found and _granted(noun) and not _passed_on(noun, verb)


def givers(noun: Token, verb: Token) -> list[Token]:
    """Who gives the received act: "from"/"by" objects of the noun or the verb, and the "of"
    object of a granted act or of words said of one ("the endorsement of Gov. Mike Pence",
    "accepted the congratulations of Putin")."""
    found = pobjs(noun, GIVER_PREPS) + pobjs(verb, GIVER_PREPS) or _reason_givers(noun, verb)
    said = pobjs(noun, {"of"}) if in_words(noun, SAID_OF_ONE) else []  # "congratulations of X"
    return found + (pobjs(noun, {"of"}) + _giving_bodies(noun) if _granted(noun) else said)


def unsaid_tribute(noun: Token) -> bool:
    """ "Trump was accepting congratulations": what one accepts with no giver named, whether
    from anyone or from the crowd, tells no party's act toward anyone."""
    verb = noun.head
    if noun.dep_ != "dobj" or not _accepts_tribute(verb, noun) or owned(noun):
        return False
    return not givers(noun, verb)


def _giving_bodies(noun: Token) -> list[Token]:
    """ "31 endorsements in the Senate", "support among Democrats": the body or the people a
    granted act comes from; a place is where it stands, not who gives it ("support in Iowa")."""
    among = pobjs(noun, {"among"})
    bodies = [t for t in pobjs(noun, {"in"}) if t.ent_type_ in PARTY_ENTITIES - PLACE_ENTITIES]
    return [t for t in among + bodies if t.ent_type_ not in PLACE_ENTITIES | TIME_ENTITIES]


def held_from(noun: Token) -> tuple[list[Token], list[Token]] | None:
    """The givers and the holders of a granted act its owner holds from a party its "from",
    "among" or "by" phrase names ("Clinton's support from party leaders", "his support among
    Latinos"): the owner gets it, not gives it; None when the noun is no such act, or when it
    goes on to a party ("their support for Obama among Latinos": theirs to give)."""
    if not _granted(noun) or _passed_on(noun):
        return None
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ not in TIME_ENTITIES]
    giving = [
        t
        for t in pobjs(noun, HELD_FROM_PREPS)
        if is_agent(t) and t.ent_type_ not in PLACE_ENTITIES | TIME_ENTITIES
    ]
    return (giving, owners) if owners and giving else None


def _passed_on(noun: Token, verb: Token | None = None) -> bool:
    """Whether the granted act goes on to a party it names (on the noun or, as the parse may
    hang it, on the verb), so that whoever holds it gives it ("had nothing but praise for
    Obama", "has close cooperation with China"); support "for his plan" still comes to the
    holder ("won support for his plan")."""
    aims = pobjs(noun, PASSED_ON_PREPS) + (pobjs(verb, PASSED_ON_PREPS) if verb else [])
    return any(t.ent_type_ in PARTY_ENTITIES or t.tag_ == PRONOUN_TAG for t in aims)


def _reason_givers(noun: Token, verb: Token) -> list[Token]:
    """ "faced criticism for the vote from Clinton": the parse hangs the giver on the act
    judged; a "by" there is the reason's own doer ("the decision by its board"), and a move's
    or a departure's "from" is where it started ("his departure from the Senate"), as is a
    place, neither the giver."""
    reasons = pobjs(noun, {"for"}) + pobjs(verb, {"for"})
    judged = [r for r in reasons if r.lemma_.lower() not in LEAVING]
    return [t for r in judged for t in pobjs(r, {"from"}) if t.ent_type_ not in PLACE_ENTITIES]


def _holding(verb: Token) -> bool:
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    lemma = verb.lemma_.lower()
    return lemma in HOLDING or any(f"{lemma} {p}" in HOLDING for p in particles)


def _granted(noun: Token) -> bool:
    return in_words(noun, GRANTED)


def owned(noun: Token) -> bool:
    """ "his relatives' appeal", "Obama's endorsement": the owner, named or not, is the doer;
    a time is no owner ("Thursday's summit")."""
    return any(c.dep_ == "poss" and c.ent_type_ not in TIME_ENTITIES for c in noun.children)
