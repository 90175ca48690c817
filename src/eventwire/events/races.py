"""Beating told as winning: "was likely to beat him" in a campaign story, "beat out other
cities competing to host", "getting beaten in the upper Midwest" beside a matchup.

The headline rule in `combat_senses.py` needs two names around the verb; in running text the race is
told in the clause or the sentence next to it, and "beat out" always outdoes. A beating
stays violence when a wound, weapon or death is told nearby. A race told in the verb's own
phrase ("beating Clinton in a general election"), a rank it is for ("beating Trump for second"),
a race word beaten ("beating the polls") or a chance of beating someone ("the best odds
of beating Clinton") wins, whatever the sentences around say ("no shot at the nomination").
Keeping a rival from a race's prize ("prevent him from reaching the 1,237 delegates", "block
Trump from the nomination") is running against him, no restriction of anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import VIOLENCE, is_agent, words
from eventwire.events.obstruction import KEEPING
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.events.word_classes import OUTDO
from eventwire.parse.forms import in_words
from eventwire.parse.tags import MODAL_TAG

RACE_WORDS = words("event_words.tsv", "contest") | words("event_words.tsv", "rivalry")
CHANCES = words("event_words.tsv", "prospect") | words("event_words.tsv", "opportunity")
PRIZE_DEPS = {"dobj", "attr"}  # "reaching the delegates", "becoming the nominee"


def race_won_nearby(match: TriggerMatch) -> bool:
    """An outdo verb ("beat", "trounce") with a race told in its sentence or the next or
    previous one, or with the particle "out", and no violence told there, wins a race."""
    head = match.head
    if match.nominal or match.code.type != ASSAULT or head.lemma_.lower() not in OUTDO:
        return False
    if _race_in_phrase(head):
        return True
    nearby = _nearby(head)
    if _mentions(nearby, VIOLENCE):
        return False
    beat_out = any(c.dep_ == "prt" and c.lower_ == "out" for c in head.children)
    return beat_out or _rival_beaten_ahead(head) or _mentions(nearby, RACE_WORDS)


def _rival_beaten_ahead(verb: Token) -> bool:
    """ "I will beat Hillary Clinton", "I'd beat him": an outdo verb under a modal, done to a
    named person or a pronoun with no particle ("beat him up" is a blow), is a win foretold or
    supposed; a beating to come is threatened with words of violence, read before this."""
    modal = any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in verb.children)
    bare = not any(c.dep_ == "prt" for c in verb.children)
    rivals = [o for o in objects(verb) if o.pos_ == "PRON" or o.ent_type_ == "PERSON"]
    return modal and bare and bool(rivals)


def kept_from_a_prize(verb: Token) -> bool:
    """ "keep/stop/prevent/block X from" a race word ("from the nomination") or from an act
    whose object is one ("from reaching the delegates", "from becoming the nominee"); not
    "kept voters from voting in the primary" or "from campaigning", where the race is only the
    act or its setting, nor "kept them far from the delegates", people kept away from."""
    if verb.lemma_.lower() not in KEEPING:
        return False  # "barred him from the ballot": a formal measure, as barring stays
    kept_from = prep_objects(verb, {"from"})
    acts = [t for t in kept_from if t.dep_ == "pcomp"]  # "from reaching": the act, not a prize
    prizes = [t for t in kept_from if t.dep_ == "pobj" and not is_agent(t)]
    prizes += [c for t in acts for c in t.children if c.dep_ in PRIZE_DEPS]
    return _mentions(prizes, RACE_WORDS)


def _race_in_phrase(verb: Token) -> bool:
    """ "beating Clinton in a general election", "the best chance of beating Clinton": the race
    is in a phrase of the verb (not its object: "beat voters" hurts them), or the beating is
    what one has a chance of; no violence told in the verb's phrase."""
    if _ranked(verb) or _race_object(verb):
        return True  # a place in a race, a poll beaten: no blow, whatever words are near
    if _mentions(list(verb.subtree), VIOLENCE):
        return False
    holder = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "of" else None
    phrases = [t for c in verb.children if c.dep_ == "prep" for t in c.subtree]
    chance = holder is not None and _mentions([holder], CHANCES)
    return chance or _mentions(phrases, RACE_WORDS)


def _ranked(verb: Token) -> bool:
    """ "nearly beating Trump for second": a rank the beating is for is a place in a race."""
    ranks = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
    return any(t.ent_type_ == "ORDINAL" for t in ranks)


def _race_object(verb: Token) -> bool:
    """ "beating pre-election polls": a race word that names no one as what is beaten (not
    "beat voters", who are hurt)."""
    beaten = objects(verb)
    return any(_mentions([c], RACE_WORDS) and not is_agent(c) for c in beaten)


def _nearby(head: Token) -> list[Token]:
    """The tokens of the trigger's sentence and of the sentences before and after it."""
    doc, sent = head.doc, head.sent
    before = doc[sent.start - 1].sent if sent.start > 0 else sent
    after = doc[sent.end].sent if sent.end < len(doc) else sent
    return list(doc[before.start : after.end])


def _mentions(tokens: list[Token], vocabulary: frozenset[str]) -> bool:
    return any(in_words(t, vocabulary) for t in tokens)
