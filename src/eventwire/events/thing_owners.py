"""Whose thing an act judges: "opposes a Democratic measure", "criticized the plan" after
"Jones unveiled his health plan", "Ryan's bill, which Cruz once supported".

Blame or backing given to a party's thing (its plan, platform, bill, deal) is aimed at that
party, as "criticized Obama's plan" is (`owned_things`). Beside the possessive the actors
stage reads, the owner is told
- by a party's word before a party's text put to a vote ("a Democratic measure", "the GOP
  platform"), before what a party says or does ("Republican efforts", "the Democratic
  agenda") or before the thing's hyphened participle ("the Republican-backed bill"), as it
  names the party before an act ("Democratic attacks", `party_doers`);
- by an earlier mention of the same thing: a definite noun ("the plan", "this deal") with no
  owner of its own stands for the nearest earlier mention with the same head noun (or one
  news uses for the same thing: "pact" and "deal", `same_thing`) and takes its possessor
  ("his health plan" ... "the plan"). An indefinite earlier mention ("a plan") is another
  thing, so the search stops there; one whose own words differ ("the Senate bill" after
  "Smith's tax bill") is another thing, so it is passed over;
- through a thing's relative pronoun ("Obama's deal, which Trump criticized");
- for an act noun told by its doer (a deal, a request), by a clause of making or backing on it
  ("the deal that Clinton touted", `made_things`), as for a thing.
The side stays empty when no owner is told: nearness alone never names one.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.lexicon import CONDUCT, VERDICT_TYPES, word_types
from eventwire.events.made_things import MAKING, makers
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.owned_things import is_thing
from eventwire.events.participant_sets import unique
from eventwire.events.participants import RoleReader
from eventwire.events.party_doers import party_doer, party_words
from eventwire.events.plover_types import (
    AGREE,
    AID,
    ASSAULT,
    COERCE,
    CONSULT,
    COOPERATE,
    MOBILIZE,
    PROTEST,
    REQUEST,
    SANCTION,
    SUPPORT,
    THREATEN,
)
from eventwire.events.word_classes import MOTIONS
from eventwire.lexicons import word_map, word_set
from eventwire.model import Participant
from eventwire.parse.deps import DETERMINER_DEPS, NOUN_MODIFIER_DEPS
from eventwire.parse.tags import HYPHEN_TAG, PARTICIPLE_TAG

OWNED_TYPES = VERDICT_TYPES  # acts that judge or back a thing (AID to a
# party is campaign finance, no event: `giving`)
HARMFUL = {ASSAULT, COERCE, SANCTION, MOBILIZE, THREATEN, PROTEST}
OWNED_ACTS = {AGREE, REQUEST, SUPPORT, CONSULT, COOPERATE, AID}  # told by its doer
DEFINITE = word_set("definite_determiner")  # the, this, that, these, those
BACKER_DEPS = {"npadvmod", "compound", "nmod", "amod", "nsubj"}  # "Republican-backed"
OWN_WORDS = NOUN_MODIFIER_DEPS  # "the nuclear deal": words that tell which thing
SAME_THING = word_map("same_thing")
OWNED_CONDUCT = MOTIONS | CONDUCT  # a party's text, or what it says or does
SENTENCES_BACK = 6  # how far back a definite thing may point


def thing_owners(
    reader: RoleReader, things: list[Token], type_: str, verb: Token | None = None
) -> list[Participant]:
    """The owners of the things an act of blame, rejection or backing is aimed at, where the
    things themselves name no one; not of a thing the verb makes or enacts ("signed the bill
    into law": MAKING), which is not aimed at whoever put it forward."""
    if type_ not in OWNED_TYPES or (verb is not None and verb.lemma_.lower() in MAKING):
        return []
    found = [p for t in things for p in _owners(reader, stand_in(t), stand_in(t) != t)]
    return unique(found)


def noun_type_owners(reader: RoleReader, noun: Token, things: list[Token]) -> list[Participant]:
    """ "her support for the deal": an act noun's thing's owner, as its verb's would be."""
    types = {t.code.type for t in noun_triggers(noun)} & OWNED_TYPES
    return thing_owners(reader, things, next(iter(types))) if types else []


def _owners(reader: RoleReader, thing: Token, relative: bool = False) -> list[Participant]:
    """A thing's owner; an act noun's ("rejected the request" after "the ministry's request")
    only from its owner's words, never from its places or "of" phrase, and only an act told
    by its doer (a request, a deal, an offer), never blame or harm, whose possessor or topic
    may be its victim ("the embassy's bombing", "cast the attacks as ..."). What a relative
    pronoun stands for gives only its owner, not the names it is made of ("the al-Qaeda
    offshoot, which X blamed" blames the offshoot, no actor here)."""
    if not is_thing(thing) or _harmful(thing):
        return []
    if acts := {t.code.type for t in noun_triggers(thing)}:
        if not acts <= OWNED_ACTS:
            return []
        return _own(reader, thing) or _made(reader, thing) or _told_before(reader, thing)
    named = [] if relative else reader.phrase(thing)
    return named or _own(reader, thing) or _told_before(reader, thing)


def _harmful(noun: Token) -> bool:
    """A word the trigger lexicon lists, in any form, for a hostile act ("attacks")."""
    return not word_types(noun.lemma_.lower()).isdisjoint(HARMFUL)


def _own(reader: RoleReader, thing: Token) -> list[Participant]:
    """The owner the thing's own words name: a possessive, a party's word before a motion ("a
    Democratic measure") or before a hyphened participle ("the Republican-backed bill"). A name
    used as a modifier is passed over: it may be the thing's own name ("the Cadillac tax")."""
    found = [*_possessors(reader, thing), *_party_words(thing), *_backers(reader, thing)]
    return unique([p for p in found if p.actor_id or p.country])


def _made(reader: RoleReader, thing: Token) -> list[Participant]:
    """ "the deal Clinton touted", "the pact signed by Obama": an act noun's maker or backer told
    by a clause on it (`made_things`), as a thing's is; its own agents are read first."""
    return [p for m in makers(thing) for p in reader.phrase(m)]


def _possessors(reader: RoleReader, thing: Token) -> list[Participant]:
    """ "Obama's pact", "his plan": a possessive name, or the actor its pronoun was linked to."""
    found: list[Participant] = []
    for owner in (c for c in thing.children if c.dep_ == "poss"):
        mention = reader.mention_at(owner) if owner.pos_ == "PRON" else None
        found += [reader.participant(mention)] if mention else reader.phrase(owner)
    return found


def _party_words(thing: Token) -> list[Participant]:
    """ "a Democratic measure", "the GOP platform", "Republican efforts to repeal it": a party's
    word before a party's text put to a vote (`motion`) or before what a party says or does
    (`criticised`: its plan, efforts, rhetoric); before other nouns it may describe people ("a
    Republican heckler")."""
    if thing.lemma_.lower() not in OWNED_CONDUCT:
        return []
    return party_words(thing, OWN_WORDS)


def _backers(reader: RoleReader, thing: Token) -> list[Participant]:
    """The party named before a hyphened participle on the thing: who backed or made it."""
    return [
        found
        for participle in thing.children
        if participle.dep_ == "amod" and participle.tag_ == PARTICIPLE_TAG and _hyphened(participle)
        for word in participle.children
        if word.dep_ in BACKER_DEPS and word.i < participle.i
        for found in reader.phrase(word) or [party_doer(word)]
        if found is not None
    ]


def _hyphened(participle: Token) -> bool:
    """ "Republican-backed": a hyphen joins the participle to the word before it."""
    return any(c.tag_ == HYPHEN_TAG and c.i == participle.i - 1 for c in participle.children)


def _told_before(reader: RoleReader, thing: Token) -> list[Participant]:
    """The owner of the nearest earlier mention of a definite thing (`__doc__`)."""
    if not _definite(thing) or any(c.dep_ == "poss" for c in thing.children):
        return []
    doc = thing.doc
    first = doc[thing.sent.start].sent
    for _ in range(SENTENCES_BACK):
        first = doc[first.start - 1].sent if first.start else first
    for earlier in reversed(doc[first.start : thing.i]):
        if earlier.pos_ != "NOUN" or _kind(earlier) != _kind(thing):
            continue
        if not _same_words(thing, earlier):
            continue
        owners = _own(reader, earlier)
        if owners or not _definite(earlier):
            return owners
    return []


def _kind(noun: Token) -> str:
    """The head noun's kind of thing: "pact" and "deal" name one accord (`same_thing`)."""
    lemma = noun.lemma_.lower()
    return SAME_THING.get(lemma, lemma)


def _definite(noun: Token) -> bool:
    """ "the plan", "this deal": a determiner that points to a thing already told."""
    return any(c.dep_ in DETERMINER_DEPS and c.lower_ in DEFINITE for c in noun.children)


def _same_words(anaphor: Token, earlier: Token) -> bool:
    """Whether each word that tells which thing the anaphor is ("the nuclear deal") is also
    the earlier mention's: "the Senate bill" is not "his tax bill"."""
    told = {w for c in earlier.children for w in (c.lower_, c.lemma_.lower())}
    return all(c.lower_ in told for c in anaphor.children if c.dep_ in OWN_WORDS)
