"""Who sends someone out of custody, or books them, when the sentence names no agent: "five
Sudanese were deported, Ugandan immigration officials said", "the minister said the suspects
would be handed over to Malaysian police", "he would be charged, police said". Only the state
holding someone deports, expels or extradites them, and only its police, prosecutors and
courts arrest, charge or summon them, so a state official reporting such an act unagented
reports their own state's act; an armed group holding captives hands them over too ("the
remains would be turned over to the embassy, the rebel commander said"). Other harm reported
unagented ("was shot, police said") keeps its doer unknown."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.judged_acts import SPEECH
from eventwire.events.lexicon import words
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import pobjs
from eventwire.model import Participant
from eventwire.sectors import COURTS, GOVERNMENT, MILITARY, POLICE, REBELS, SPIES

CUSTODY = words("event_arguments.tsv", "custody")
BOOKING = words("event_arguments.tsv", "booking")  # arrest, charge, want: done to a person
STATE_SECTORS = {GOVERNMENT, POLICE, COURTS, MILITARY, SPIES}
HOLDER_SECTORS = STATE_SECTORS | {REBELS}  # rebels hold and free captives, never book them
REPORTED_DEPS = {"ccomp", "pcomp", "prep", "xcomp", "advcl"}  # "informed that he would be"


def custody_holders(reader: RoleReader, verb: Token) -> list[Participant]:
    """The reporting state official(s) of an unagented passive custody or booking act, unless
    a custody act ends in their own state (then another state sent them there)."""
    lemma = verb.lemma_.lower()
    if lemma not in CUSTODY | BOOKING or not is_passive(verb) or agents(verb):
        return []
    said = _reporting_verb(verb)
    if said is None:
        return []
    speakers = [p for c in said.children if c.dep_ == "nsubj" for p in reader.phrase(c)]
    if lemma not in CUSTODY:
        return [p for p in speakers if p.country and p.sector in STATE_SECTORS]
    officials = [p for p in speakers if p.country and p.sector in HOLDER_SECTORS]
    moved = [c for c in verb.children if c.dep_ == "nsubjpass"] + pobjs(verb, {"to"})
    ends = {p.country for t in moved for p in reader.phrase(t)}
    return [p for p in officials if p.country not in ends]


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying that reports the clause: one above it through reported clauses
    ("said they were deported", "after being informed that he would be charged, he went")
    or one set inside it or a clause above ("they would, he said, be turned over")."""
    chain = [verb]
    while chain[-1].dep_ in REPORTED_DEPS and chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    said = [s for t in chain for s in (t, *(c for c in t.children if c.dep_ == "parataxis"))]
    return next((v for v in said[1:] if v.lemma_.lower() in SPEECH), None)
