"""Whom a reply that names no one is aimed at: the party that just pressed its speaker.

"Peru denied any involvement" after "Ecuador accused Peru ...", "Gambia refused" after "Senegal
asked Gambia ...": a refusal, denial, warning or offer whose object is no party answers the
latest accusation, demand or threat aimed at its speaker a few sentences before, and event
coders aim it at whoever made that one. A reply in a clause conjoined to an act with its own
target answers that act's target ("met union leaders but refused to budge"), a reply whose
clause opens with a participle of pressing that names the presser answers that presser
("Pushed by the host on his plans, the senator demurred"), and an act told as done "also" by
another is aimed where the one before it was ("Sweden also sent aid").
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import takewhile

from spacy.tokens import Doc, Token

from eventwire.events.embedded_acts import inside, told_within
from eventwire.events.lexicon import words
from eventwire.events.participants import RoleReader
from eventwire.events.passives import own_agents
from eventwire.events.plover_types import (
    ACCUSE,
    AGREE,
    COERCE,
    CONCEDE,
    REJECT,
    REQUEST,
    SANCTION,
    THREATEN,
)
from eventwire.model import Event, Participant
from eventwire.parse.tags import PARTICIPLE_TAG
from eventwire.sectors import GOVERNMENT

REPLIES = {REJECT, THREATEN, AGREE, CONCEDE}  # acts that answer pressure
PRESSING = {ACCUSE, REQUEST, THREATEN, SANCTION, COERCE}  # acts that apply it
WINDOW = 3  # sentences back a reply may answer (the charge and its denial stay close)
ALSO = {"also", "too"}  # "Sweden also sent aid": the same act by another party
STATE_SECTORS = {None, GOVERNMENT}  # a country and its government answer for each other
PRESSING_VERBS = words("event_words.tsv", "pressing_question")  # asked, pressed, pushed
CLAUSE_LINKS = {"xcomp", "ccomp", "conj"}  # "refused to answer", "said he would not"


def replied_to(
    reader: RoleReader, event: Event, head: Token, told: list[Event]
) -> list[Participant]:
    """The party a targetless verbal act answers or repeats (module doc), or none."""
    repeated = any(c.lower_ in ALSO and c.dep_ == "advmod" for c in head.children)
    if event.recipients or not event.actors or not (repeated or event.type in REPLIES):
        return []
    floor = window_start(head.doc, event.sentence.start, WINDOW)
    earlier = [e for e in told if e is not event and e.sentence.start >= floor]
    earlier = [e for e in earlier if not inside(head.doc, event, e)]  # "the pact X negotiated"
    earlier = [e for e in earlier if not told_within(head.doc, event, e)]  # "charged X refused"
    found = _repeated(event, earlier) if repeated else []
    if not found and event.type in REPLIES:
        found = _pressed_by(reader, event, head) or _conjoined(event, head, earlier)
        found = found or _pressing(reader, event, earlier, head)
    return [p.model_copy() for p in found]


def _repeated(event: Event, earlier: list[Event]) -> list[Participant]:
    """ "Sweden and Denmark also sent aid": the target of the latest act of the same type."""
    same = [e for e in earlier if e.type == event.type and e.recipients]
    return same[-1].recipients if same else []


def _pressed_by(reader: RoleReader, event: Event, head: Token) -> list[Participant]:
    """ "Pushed by host Chuck Todd on his plans, Cuban demurred", "Pressed by reporters, she
    refused to answer": the presser a participle of pressing names with "by", hung on the
    reply's verb or on the verb whose clause holds it ("Asked by X ..., he said he would not");
    no presser is named by "Asked about it, he declined"."""
    verbs = [head]
    while verbs[-1].dep_ in CLAUSE_LINKS and verbs[-1].head != verbs[-1]:
        verbs.append(verbs[-1].head)
    participles = [c for v in verbs for c in v.children if _pressing_participle(c)]
    pressers = [p for c in participles for t in own_agents(c) for p in reader.phrase(t)]
    return [p for p in pressers if not _shares([p], event.actors)]


def asked_about(content: Token, reply: Token) -> bool:
    """ "Asked whether Trump had insulted Mexico, Ryan demurred": the participle of pressing
    that puts a question to the speaker, or an act told inside its question, is what was
    asked, so its parties are no target of the reply; only the asker is (`_pressed_by`)."""
    chain = [content, *takewhile(lambda t: t != reply, content.ancestors)]
    return any(map(_pressing_participle, chain))


def _pressing_participle(token: Token) -> bool:
    """ "Asked ...", "Pressed by reporters ...": a participle of pressing hung on a clause."""
    return (
        token.dep_ == "advcl"
        and token.tag_ == PARTICIPLE_TAG
        and token.lemma_.lower() in PRESSING_VERBS
    )


def _conjoined(event: Event, head: Token, earlier: list[Event]) -> list[Participant]:
    """ "met union leaders but refused to budge": the target of the act the reply's verb is
    conjoined to, done by the same party."""
    if head.dep_ != "conj":
        return []
    first = [e for e in earlier if _told_at(e, head.head) and _shares(e.actors, event.actors)]
    return first[-1].recipients if first else []


def _pressing(
    reader: RoleReader, event: Event, earlier: list[Event], head: Token
) -> list[Participant]:
    """The doers of the latest accusation, demand or threat aimed at the reply's speaker, or
    at the one a denial clears ("denied that Cole had done anything improper" answers
    whoever accused Cole)."""
    cleared = [p for s in _cleared(head, event) for p in reader.phrase(s)]

    def aimed_at_speaker(e: Event) -> bool:
        return (
            e.type in PRESSING
            and bool(e.actors)
            and _same_party(reader, e.recipients, event.actors + cleared)
        )

    pressed = [e for e in earlier if aimed_at_speaker(e) and not _shares(e.actors, event.actors)]
    return pressed[-1].actors if pressed else []


def _cleared(head: Token, event: Event) -> list[Token]:
    """The subjects of a denial's "that" clause: those it says did no wrong."""
    if event.type != REJECT:
        return []
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj"]


def _same_party(
    reader: RoleReader, targets: list[Participant], speakers: list[Participant]
) -> bool:
    """The same actor, or a country and its government ("accused Moscow" ... "Russia denied")."""
    return _shares(targets, speakers) or any(
        t.country == s.country
        and t.country is not None
        and t.sector in STATE_SECTORS
        and s.sector in STATE_SECTORS
        and (reader.stands_for_state(t) or reader.stands_for_state(s))
        for t in targets
        for s in speakers
    )


def _shares(one: list[Participant], other: list[Participant]) -> bool:
    return bool(actor_ids(one) & actor_ids(other))


def actor_ids(participants: list[Participant]) -> set[str]:
    """The actors participants stand for (those resolved to one)."""
    return {p.actor_id for p in participants if p.actor_id}


def _told_at(event: Event, token: Token) -> bool:
    return event.trigger.start <= token.idx < event.trigger.end


def window_start(doc: Doc, sentence_start: int, window: int) -> int:
    """Where the sentence `window` sentences before the one starting at `sentence_start` starts
    (how far back a reply, or an exchange, may look for the act it answers)."""
    starts = [s.start_char for s in doc.sents]
    at = bisect_right(starts, sentence_start) - 1
    return starts[max(0, at - window)]
