"""Who sends someone out of custody when the sentence names no agent: "five Sudanese were
deported, Ugandan immigration officials said", "the minister said the suspects would be
handed over to Malaysian police". Only the state holding someone deports, expels or
extradites them, so a state official reporting such an act unagented reports their own
state's act. Other harm reported unagented ("was shot, police said") keeps its doer unknown."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.judged_acts import SPEECH
from eventwire.events.lexicon import words
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import pobjs
from eventwire.model import Participant

CUSTODY = words("event_arguments.tsv", "custody")
STATE_SECTORS = {"GOV", "COP", "JUD", "MIL", "SPY"}


def custody_holders(reader: RoleReader, verb: Token) -> list[Participant]:
    """The reporting state official(s) of an unagented passive custody act, unless the act
    ends in their own state (then another state sent them there)."""
    if verb.lemma_.lower() not in CUSTODY or not is_passive(verb) or agents(verb):
        return []
    said = _reporting_verb(verb)
    if said is None:
        return []
    speakers = [p for c in said.children if c.dep_ == "nsubj" for p in reader.phrase(c)]
    officials = [p for p in speakers if p.country and p.sector in STATE_SECTORS]
    moved = [c for c in verb.children if c.dep_ == "nsubjpass"] + pobjs(verb, {"to"})
    ends = {p.country for t in moved for p in reader.phrase(t)}
    return [p for p in officials if p.country not in ends]


def _reporting_verb(verb: Token) -> Token | None:
    """The verb of saying that reports the clause: its head ("said they were deported") or one
    set inside it ("they would, he said, be turned over")."""
    said = [verb.head] if verb.dep_ == "ccomp" else []
    said += [c for c in verb.children if c.dep_ == "parataxis"]
    return next((v for v in said if v.lemma_.lower() in SPEECH), None)
