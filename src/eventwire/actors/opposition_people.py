"""A party the story calls the opposition ("Kenya's opposition Orange Democratic Movement"),
its people ("ODM spokesman Peter Mwangi", coded by the party they speak for) and people titled
as the opposition's ("opposition candidate Ana Lee") are the opposition (OPP), as the coding
rules code them, not a party (PTY) like any other."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.tags import NOMINAL_POS
from eventwire.sectors import OPPOSITION, PARTY

OPPOSITION_WORD = "opposition"
LOOKBACK = 3  # "Kenya 's opposition ODM", "the main opposition ODM"
# Words that may stand between "opposition" and the name it modifies ("opposition leader ,
# Ana Lee", "the opposition 's ODM"); a preposition or a verb ends the modifier: "opposition to
# Hillary Clinton" and "the opposition he faced" are stances toward someone, not their side.
MODIFIER_GAP_POS = NOMINAL_POS | {"DET", "PART", "PUNCT", "NUM"}


def code_opposition_people(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Recode the opposition's parties and their people from PTY to OPP."""
    partisans = [a for a in actors if a.sector is not None and a.sector.value == PARTY]
    if not partisans:
        return
    parties = {m.actor_id for m in mentions if _after_opposition(doc, m.evidence.start)}
    owners = {m.evidence.start for m in mentions if m.actor_id in parties}
    for actor in partisans:
        sector = actor.sector
        if sector and (_opposition_party(actor, parties) or _opposition_person(doc, actor, owners)):
            actor.sector = Code(value=OPPOSITION, evidence=sector.evidence.model_copy())


def _opposition_party(actor: Actor, parties: set[str]) -> bool:
    return actor.type == ActorType.ORGANIZATION and actor.id in parties


def _opposition_person(doc: Doc, actor: Actor, owners: set[int]) -> bool:
    """A person coded by an opposition party's name, or by a title after "opposition"."""
    if actor.type != ActorType.PERSON or actor.sector is None:
        return False
    start = actor.sector.evidence.start
    return start in owners or _after_opposition(doc, start, lookback=1)


def _after_opposition(doc: Doc, start: int, lookback: int = LOOKBACK) -> bool:
    """Whether "opposition" stands among the few words right before the character offset, in
    the same sentence, as a modifier of the name there: a pronoun is never so modified, and a
    preposition or verb between ("opposition to Trump", "the opposition he faced") makes the
    name the one opposed."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span[0].pos_ == "PRON":
        return False
    first = span[0]
    before = doc[max(first.sent.start, first.i - lookback) : first.i]
    return any(t.lower_ == OPPOSITION_WORD and _modifies(doc, t.i, first.i) for t in before)


def _modifies(doc: Doc, word: int, name: int) -> bool:
    """Only words of one noun phrase stand between the modifier and the name."""
    return all(w.pos_ in MODIFIER_GAP_POS for w in doc[word + 1 : name])
