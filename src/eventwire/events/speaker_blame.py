"""A wrong told by a metaphor in a reported clause is the speaker's blame, not the act it names.

"Romney said his rival was trying to hijack the contest", "Axelrod said both Republicans had
turned their backs on the auto industry": nobody hijacks or refuses anything here; the speaker
charges the clause's subject with a wrong. PLOVER codes the speech act, ACCUSE by the speaker
against the one charged. Two shapes are read: a combat word whose object is a race and in a
sentence that tells no violence ("hijack the contest", "kill the vote count"), and an idiom of
betrayal (`event_words.tsv` class "betrayal": "turned their backs on"). A plain
report of another's act ("said Iraq had rejected the offer", "said rebels attacked a convoy")
keeps its type, the act claimed.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION
from eventwire.events.lexicon import CONTEST, reports, words
from eventwire.events.mention_reader import MentionReader
from eventwire.events.participant_sets import split_roles
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT
from eventwire.events.told_violence import tells_violence
from eventwire.model import Event, Modality
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.subjects import clause_subjects

BETRAYAL = words("event_words.tsv", "betrayal")  # "turn back"
RAISING = {"xcomp", "aux"}  # "was trying to hijack": the wrong hangs on a helping verb


def speaker_blame(reader: MentionReader, match: TriggerMatch, event: Event) -> TriggerMatch:
    """The match recoded as the speaker's accusation of the clause's subject, and the event
    with it, when the clause tells a wrong by a metaphor (module doc); a verdict told to
    listeners is aimed at the one judged (`_judged_not_told`); else unchanged."""
    if match.code.cameo == ACCUSATION and not match.nominal:
        _judged_not_told(reader, match.head, event)
    if match.nominal or not (_race_struck(match) or _betrayal(match.head)):
        return match
    clause = match.head
    while clause.dep_ in RAISING and clause.head != clause:
        clause = clause.head
    said = clause.head
    if clause.dep_ != "ccomp" or not reports(said):
        return match
    speakers = [p for c in said.children if c.dep_ == "nsubj" for p in reader.phrase(c)]
    charged = [p for c in _subjects(match.head, clause) for p in reader.phrase(c)]
    speakers, charged = split_roles(speakers, charged)
    if not speakers or not charged:
        return match
    event.actors, event.recipients = speakers, charged
    event.modality = Modality.OCCURRED  # the charge is made in the saying
    return match.recode_event(event, ACCUSATION)


def _judged_not_told(reader: MentionReader, verb: Token, event: Event) -> None:
    """ "'My opponent is a liar,' she told supporters": the verdict's subject, not the
    listeners, is the one accused, when the listeners are all the event aims at, or it aims
    at no one ("told an audience that the governor's remarks were intolerable": a gathering
    that only heard the words is no target, `told.without_audiences`)."""
    listeners = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    told = {p.name for t in listeners for p in reader.phrase(t)}
    if not told or (event.recipients and {p.name for p in event.recipients} != told):
        return
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    judged = [p for c in clauses for s in _subjects(c, c) for p in reader.phrase(s)]
    judged = split_roles(event.actors, judged)[1]
    if judged:
        event.recipients = judged


def _subjects(head: Token, clause: Token) -> list[Token]:
    """The subject of the wrong: its own, else that of the helping verb it hangs on."""
    for verb in (head, clause):
        found = clause_subjects(verb)
        if found:
            return found
    return []


def _race_struck(match: TriggerMatch) -> bool:
    """ "trying to hijack the contest": an attack whose object is a race, told without violence."""
    head = match.head
    objects = [w for c in head.children if c.dep_ == "dobj" for w in c.subtree]
    race = any(in_words(w, CONTEST) for w in objects)
    return match.code.type == ASSAULT and race and not tells_violence(head)


def _betrayal(head: Token) -> bool:
    """ "turned their backs on": a verb with its object or particle in the class."""
    lemma = head.lemma_.lower()
    return any(
        f"{lemma} {c.lower_}" in BETRAYAL or f"{lemma} {c.lemma_.lower()}" in BETRAYAL
        for c in head.children
        if c.dep_ in {"dobj", "prt"}
    )
