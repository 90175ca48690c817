"""The other party of an exchange: whom an addressed act that names no one is aimed at.

"Sanders said Clinton was unqualified. Clinton pushed back on Thursday, and her campaign took
issue with the remark": a reply, a rebuke, a visit or an endorsement is an act between two
parties, and where the parse gives it no object at all the story has just told the other one. Event
coders aim it at the party it answers: the doer of the latest act aimed at its doer, told in the
same sentence or the two before (not one whose own target was inferred). An act done by two
parties together is aimed at each other, and PLOVER gives it no target. The target is marked
inferred in the event's features.

A joint act told with one side ("Sanders met Obama ... Sanders talked for an hour") goes on the
latest earlier one of its kind in the article with that party in it: its counterpart is the
other side of that one (`fill_joint_counterpart`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.anaphora import trigger_root
from eventwire.events.embedded_acts import inside, told_within
from eventwire.events.instigations import sets_off
from eventwire.events.lexicon import is_agent
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.plover_types import (
    ACCUSE,
    AID,
    COERCE,
    CONCEDE,
    CONSULT,
    COOPERATE,
    REJECT,
    SUPPORT,
)
from eventwire.events.replies import actor_ids, window_start
from eventwire.lexicons import word_set
from eventwire.model import Event, Participant
from eventwire.parse.deps import VERB_OBJECT_DEPS
from eventwire.parse.nlp import NAME_ENTITIES
from eventwire.parse.tags import NOUN_OR_PRONOUN_POS, SINGULAR_NOUN_TAGS

# Acts that have an addressee nearly always in coded news (PLOVER): a stance, a meeting, help.
ADDRESSED = {ACCUSE, REJECT, SUPPORT, CONSULT, COERCE, COOPERATE, CONCEDE, AID}
WINDOW = 2  # sentences back an exchange carries on
JOINT = {CONSULT}  # a meeting, talks, a visit, a call: one occasion with two sides
# "met with reporters", "spoke to her": one partner told
TOLD_PARTNER_PREPS = word_set("partner_preposition")
SHARING_DEPS = {"cc", "conj", "punct"}  # "defend and expand X": nothing of the first verb's own
INFERRED = "inferred target"  # the feature that marks a target read from the story
AIM_PREPS = {"of", "for", "against"}  # "support of X", "support for X", "a case against X"


def fill_other_party(doc: Doc, events: list[Event]) -> None:
    """Aim each addressed act with one doer and no target at the doer of the latest act aimed
    at it within the window (module doc)."""
    for i, event in enumerate(events):
        if event.recipients or len(event.actors) != 1 or event.type not in ADDRESSED:
            continue  # two doers together ("traded criticism") act toward each other
        if _has_object(doc, event):
            continue  # "criticized his plan": the act names what it is aimed at
        earlier = [
            e for e in earlier_in_window(doc, events, i, WINDOW) if not _asked(doc, e, event)
        ]
        other = other_party(event, earlier)
        if other:
            event.recipients = other
            event.confidence_features.append(INFERRED)


def _asked(doc: Doc, asking: Event, event: Event) -> bool:
    """The earlier act is the asking that set this one off ("at the urging of his wife, he has
    been talking to aides"): she asked him, he did not answer her."""
    noun, verb = trigger_root(asking, doc), trigger_root(event, doc)
    return noun is not None and verb is not None and sets_off(noun, verb)


def earlier_in_window(doc: Doc, events: list[Event], i: int, window: int) -> list[Event]:
    """The acts before `events[i]` told in its sentence or the `window` sentences before it,
    but not one it is part of ("the pact X negotiated") nor a charge that tells it
    ("charged that X had refused")."""
    floor = window_start(doc, events[i].sentence.start, window)
    earlier = [e for e in events[:i] if e.sentence.start >= floor]
    return [e for e in earlier if not (inside(doc, events[i], e) or told_within(doc, events[i], e))]


def other_party(event: Event, earlier: list[Event]) -> list[Participant]:
    """The doers of the latest earlier act aimed at the event's doer (and not done by it)."""
    doers = actor_ids(event.actors)
    for told in reversed(earlier):
        sources, targets = actor_ids(told.actors), actor_ids(told.recipients)
        if not sources or not targets or sources & targets or INFERRED in told.confidence_features:
            continue  # an inferred target is no told exchange
        if doers & targets and not doers & sources:
            return [p.model_copy() for p in told.actors]
    return []


def _has_object(doc: Doc, event: Event) -> bool:
    """The trigger's word has a direct object of its own that is no act: "rebuffed the pressure"
    names the act it answers, not whom; so does an object it shares with the verb coordinated
    right after it, where the parse hangs it ("promised to defend and expand Social Security"),
    but not one the next verb has alone ("reached out to her and gave her a job")."""
    root = trigger_root(event, doc)
    verbs = [root, *sharing_conjuncts(root)] if root else []
    objects = [c for v in verbs for c in v.children if c.dep_ in VERB_OBJECT_DEPS]
    return any(not noun_triggers(o) for o in objects + _aims_of_noun(root))


def _aims_of_noun(root: Token | None) -> list[Token]:
    """An act noun's own phrase naming the thing it is aimed at ("his support of waterboarding",
    "her case against the ban"): the act names its aim, as a verb's object does; a phrase
    holding a party ("a complaint for judgement against the DOJ") may still leave it to the
    story."""
    if root is None or root.pos_ != "NOUN":
        return []
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS]
    aims = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [a for a in aims if not any(w.ent_type_ in NAME_ENTITIES for w in a.subtree)]


def sharing_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with a verb that has nothing after it but the "and" that joins
    them: "defend and expand X" share X."""
    after = [c for c in verb.children if c.i > verb.i]
    if any(c.dep_ not in SHARING_DEPS for c in after):
        return []
    return [c for c in after if c.dep_ == "conj" and c.pos_ == "VERB"]


def fill_joint_counterpart(doc: Doc, events: list[Event]) -> None:
    """Give a joint act told with its doers only the other side of the latest earlier act of
    its kind with one of them in it, a told one (not inferred); the story goes on about the
    same meeting or the same pair ("Ryan will meet Trump ... Ryan talked of unity"). Failing
    one, the same act told again in the next sentence names it ("went to meet one on one with
    the man he hopes to succeed. After a 45-minute meeting with Obama, ...")."""
    for i, event in enumerate(events):
        if event.type not in JOINT or event.recipients or not event.actors:
            continue
        if _told_partner(doc, event):
            continue  # "visited a camp", "met with reporters": a partner of its own, no actor
        horizon = _next_sentence_end(doc, event.sentence.start)
        later = [e for e in events[i + 1 :] if e.sentence.start < horizon]
        other = _counterpart(event, events[:i][::-1] + later)
        if other:
            event.recipients = other
            event.confidence_features.append(INFERRED)


def _told_partner(doc: Doc, event: Event) -> bool:
    """The joint act names a partner or a place no actor was read from: a pronoun, a plural or
    an indefinite ("met with reporters", "spoke to her", "visited a refugee camp"); a definite
    singular ("with the man he hopes to succeed") describes one the story names elsewhere, and
    an act noun ("held talks") or a number ("met one on one") is no partner."""
    root = trigger_root(event, doc)
    children = list(root.children) if root else []
    preps = [c for c in children if c.lower_ in TOLD_PARTNER_PREPS]
    partners = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    partners += [c for c in children if c.dep_ in VERB_OBJECT_DEPS and not noun_triggers(c)]
    return any(o.pos_ in NOUN_OR_PRONOUN_POS and not _describes_one(o) for o in partners)


def _describes_one(noun: Token) -> bool:
    """A definite singular party word ("the man he hopes to succeed"); a definite thing or
    place ("visited the grave of Theodor Herzl") is where the act went, no partner to infer."""
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    return noun.tag_ in SINGULAR_NOUN_TAGS and "the" in determiners and is_agent(noun)


def _next_sentence_end(doc: Doc, start: int) -> int:
    """Where the sentence after the one starting at `start` ends."""
    ends = [s.end_char for s in doc.sents if s.end_char > start]
    return ends[min(1, len(ends) - 1)] if ends else start


def _counterpart(event: Event, candidates: list[Event]) -> list[Participant]:
    """The other side of the first candidate act of the event's type that its doers took part
    in on one side only."""
    doers = actor_ids(event.actors)
    for told in candidates:
        if told.type != event.type or INFERRED in told.confidence_features:
            continue
        sources, targets = actor_ids(told.actors), actor_ids(told.recipients)
        if doers & sources and targets and not doers & targets:
            return [p.model_copy() for p in told.recipients]
        if doers & targets and sources and not doers & sources:
            return [p.model_copy() for p in told.actors]
    return []
