"""An official a government's voice reports on: "Soviet Foreign Ministry spokesman Yuri
Gremitskikh said special ambassador Mikhail Sytenko left Tuesday for consultations". A state's
spokesman or ministry speaks of that state's own officials, so an official named with a title
but no country, the subject of what the voice said, is of the voice's country rather than of
the article's home country, a default for people named bare."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from eventwire.actors.homelands import head_word, recode_home_people
from eventwire.model import HOME_METHODS, Actor, Code, Mention
from eventwire.parse.cue_rows import cue_class
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects
from eventwire.sectors import GOVERNMENT, MILITARY

STATE_SECTORS = frozenset({GOVERNMENT, MILITARY})  # a state's voice and the officials it speaks of
SPEECH = "speech"  # the class of `cue_verbs.tsv` of verbs that say something
REPORTED = "reported"


def code_reported_officials(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """State officials coded only by the home default whom a state's voice reports on."""
    recode_home_people(doc, actors, mentions, _voice_of(doc, actors, mentions))


def _voice_of(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> Callable:
    """The reader of an official's head word, knowing the heads of the mentions of state
    voices the text gave a country (not the home default) and of officials with no country
    of their own words."""
    by_id = {a.id: a for a in actors}
    voices: dict[int, Code] = {}
    officials: set[int] = set()
    for mention in mentions:
        actor, head = by_id.get(mention.actor_id), head_word(doc, mention)
        if actor is None or head is None or actor.sector_code not in STATE_SECTORS:
            continue
        if actor.country is not None and actor.country.method not in HOME_METHODS:
            voices.setdefault(head.i, actor.country)
        else:  # the home default or none at all
            officials.add(head.i)

    def voice(head: Token) -> Code | None:
        verb = head.head
        if head.i not in officials or head.dep_ not in SUBJECT_DEPS or verb.dep_ != "ccomp":
            return None
        saying = verb.head
        if cue_class(saying) != SPEECH:  # "said", "announced", "pointed out"
            return None
        speaker = next(iter(clause_subjects(saying)), None)
        found = voices.get(speaker.i) if speaker is not None else None
        return found.model_copy(update={"method": REPORTED}) if found else None

    return voice
