"""How likely a trigger match is an event an analyst would count, and the features that say so.

An event is an act: a verb, or an eventive noun with participants of its own ("Russia's
annexation of Crimea"). A topic noun ("deals", "the summit" as a venue), a generic or habitual
statement ("veterans commit suicide each day"), a statistic ("52 percent agreed") or a verb whose
subject is no agent ("its approval rating declined") tells no act. Each feature lowers or raises
the score by a fixed weight; events under `KEEP` are left out unless all events are asked for.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.agentless import no_agent, put_out_by_a_thing
from eventwire.events.anniversaries import remembered
from eventwire.events.armed_destruction import unowned_destruction
from eventwire.events.campaign_rallies import RALLIES
from eventwire.events.clauses import to_infinitive
from eventwire.events.conditional_threats import hypothetical
from eventwire.events.described_stances import described_stance
from eventwire.events.everyday import everyday_sense
from eventwire.events.family_acts import within_family
from eventwire.events.forewarned import backed_warning, own_state_to_act
from eventwire.events.framed_acts import framed_act
from eventwire.events.generic import done_by_anyone, done_by_you, if_you
from eventwire.events.generic_plurals import generic_plural, generic_practice
from eventwire.events.guarded import guards_against
from eventwire.events.habitual import habitual
from eventwire.events.headline_acts import headline_news
from eventwire.events.inquirers import inquiry_without_standing
from eventwire.events.judged_conduct import judged_manner
from eventwire.events.lexicon import FORCE_TYPES
from eventwire.events.light_verbs import light_verb
from eventwire.events.nonacts import NONACT_WEIGHTS, nonact_reading
from eventwire.events.occasion_features import occasion_features
from eventwire.events.particular_acts import FEATURE as PARTICULAR
from eventwire.events.particular_acts import (
    own_participants,
    owned_by_someone,
    particular_act,
)
from eventwire.events.partyless import partyless_backing, partyless_gerund, partyless_passive
from eventwire.events.patterns import TriggerMatch
from eventwire.events.phrasal import reflexive_object
from eventwire.events.plover_types import (
    ACCUSE,
    AGREE,
    AID,
    COERCE,
    CONCEDE,
    CONSULT,
    COOPERATE,
    MOBILIZE,
    REJECT,
    REQUEST,
    RETREAT,
    SANCTION,
    SUPPORT,
    THREATEN,
)
from eventwire.events.poll_shares import counted_stance, crowd_stance, public_feeling
from eventwire.events.public_stances import public_stance
from eventwire.events.scene_nouns import setting_features
from eventwire.events.sense import other_sense
from eventwire.events.sideless_conflict import dated_attack, talked_about
from eventwire.events.statistic import is_statistic
from eventwire.events.tallies import generic_outcome
from eventwire.events.word_classes import MADE_KNOWN, PACTS, PROMISES
from eventwire.model import Participant
from eventwire.parse.deps import NOUN_CLAUSE_DEPS

KEEP = 0.5
BASE = {"verb": 0.9, "noun": 0.7}
WEIGHTS = {
    "own participants": 0.1,
    PARTICULAR: 0.1,
    "a dated attack": 0.15,
    "no participants": -0.15,
    "owner no party": -0.25,
    "generic plural": -0.3,
    "destruction of no one's": -0.3,
    "venue or background": -0.35,
    "habitual": -0.45,
    "statistic": -0.5,
    "public counted": -0.6,
    "public feeling": -0.6,
    "inquiry without standing": -0.6,
    "partyless gerund": -0.3,
    "partyless passive": -0.45,
    "partyless backing": -0.3,
    "no agent": -0.45,
    "mentioned in passing": -0.35,
    "describes a noun": -0.4,
    "stance described": -0.45,
    "framed act": -0.45,
    "reflexive": -0.5,
    "releases no one": -0.6,
    "done to no one": -0.6,
    "an idea assailed": -0.6,
    "recognition of no state": -0.6,
    "a person known by sight": -0.6,
    "goods checked": -0.6,
    "a sitting, no inquiry": -0.6,
    "protest verb with an object": -0.6,
    "shows a thing": -0.6,
    "progress to a goal": -0.6,
    "a blow or an impression": -0.6,
    "funds a thing": -0.6,
    "describes a person": -0.6,
    "gives a name": -0.6,
    "a tally reached": -0.6,
    "names someone": -0.6,
    "asks leave": -0.6,
    "enabled by a thing": -0.6,
    "a thing let happen": -0.6,
    "enabled by a state": -0.6,
    "letting named": -0.6,
    "leave as a rule": -0.6,
    "remembered": -0.6,
    "a title": -0.6,
    "films": -0.6,
    "within a family": -0.6,
    "warning of nothing": -0.6,
    "a debt held": -0.6,
    "a disease": -0.6,
    "contest, not violence": -0.6,
    "meets no one": -0.6,
    "talks about a topic": -0.6,
    "offers no act": -0.6,
    "agrees with a statement": -0.6,
    "as opposed to": -0.6,
    "declines to comment": -0.6,
    "asks a question": -0.6,
    "asks for anonymity": -0.6,
    "removes from a post": -0.6,
    "attracts": -0.6,
    "asks for nothing": -0.6,
    "phrasal verb": -0.6,
    "electoral standing": -0.6,
    "idiom": -0.6,
    "abstract fight": -0.6,
    "accepts no act": -0.6,
    "is sure": -0.6,
    "natural death": -0.6,
    "no device": -0.6,
    "forecast": -0.6,
    "political giving": -0.6,
    "private trip": -0.6,
    "charges a price": -0.6,
    "keeps an option open": -0.6,
    "stands by no one": -0.6,
    "trade": -0.6,
    "campaign event": -0.6,
    "to a candidate": -0.6,
    "obliges no one": -0.6,
    "names no party": -0.2,
    "hypothetical": -0.45,
    "retort": -0.6,
    "force answered": -0.6,
    "takes up an issue": -0.6,
    "shamed by an outcome": -0.6,
    "draws a public": -0.6,
    "a risk told": -0.6,
    "a thing endangered": -0.6,
    "kept by a thing": -0.6,
    "freed to act": -0.6,
    "a measure's provision": -0.6,
    "no violence told": -0.6,
    "figurative phrase": -0.6,
    "inside a compound": -0.6,
    "campaign forces": -0.6,
    "condition set": -0.6,
    "strikes a thing": -0.6,
    "greeting": -0.6,
    "withholds a right": -0.6,
    "talked about": -0.45,
    "generic you": -0.45,
    "generic doer": -0.45,
    "commitment named, not made": -0.45,
    "press contact": -0.6,
    "absent": -0.6,
    "tribute from no one": -0.6,
    "between businesses": -0.6,
    "business approval": -0.6,
} | NONACT_WEIGHTS
GIVING_TYPES = {AID, COOPERATE}  # "the split aids challenges": a thing that helps
VERBAL_TYPES = {AGREE, REJECT, REQUEST, SUPPORT, ACCUSE, CONSULT, THREATEN, CONCEDE}
# acts only someone does: "a deadlock destroyed his plan", "the system cut benefits" tell none
AGENTIVE_TYPES = VERBAL_TYPES | GIVING_TYPES | {COERCE, SANCTION}
PARTY_TYPES = VERBAL_TYPES | GIVING_TYPES | {RETREAT, MOBILIZE}  # acts always someone's


def score(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> tuple[float, list[str]]:
    """The event's confidence (0–1) and the names of the features that set it."""
    kind = "noun" if match.nominal else "verb"
    features = [kind] + [name for name, applies in _features(match, actors, recipients) if applies]
    value = BASE[kind] + sum(WEIGHTS.get(name, 0.0) for name in features)
    return round(min(1.0, max(0.0, value)), 2), features


def _features(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> list[tuple[str, bool]]:
    """Each feature's name and whether it applies, in a fixed order: whether a noun tells an
    act that took place, how the act is told, and its occasion and parties."""
    nonact = nonact_reading(match, actors, recipients)  # `nonacts`: a doer, a judgement ...
    return [
        *_told_act_features(match, actors, recipients),
        *_manner_features(match, actors, recipients),
        *occasion_features(match, actors, recipients),
        (nonact or "", nonact is not None),
    ]


def _told_act_features(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> list[tuple[str, bool]]:
    """Whether an act noun tells an act with its own parties, or names a topic, a setting or a
    memory of one."""
    head = match.head
    own = match.nominal and own_participants(head)
    party = match.code.type in PARTY_TYPES or head.lemma_.lower() in RALLIES  # or a candidate's
    particular = match.nominal and not own and particular_act(head, party)  # "protests in Miami"
    staffed = own or particular
    headline = match.nominal and headline_news(head)  # "Merkel slams X", "after border clash"
    return [
        ("own participants", own),
        (PARTICULAR, particular),
        ("no participants", not actors and not recipients and not headline and not particular),
        ("a dated attack", dated_attack(match, actors, recipients)),
        ("owner no party", own and _ownerless_force(match, actors, recipients)),
        (
            "names no party",
            not staffed and not headline and _names_no_party(match, actors, recipients),
        ),
        ("generic plural", match.nominal and not staffed and not headline and generic_plural(head)),
        (
            "generic plural",  # a practice: "those supporting deportation"
            match.nominal and match.code.type == COERCE and not headline and generic_practice(head),
        ),
        *setting_features(match, actors, recipients, own, headline),
        ("remembered", match.nominal and not own and remembered(head)),  # "anniversary of the war"
        ("within a family", match.nominal and within_family(head, match.code.type)),
        (
            "talked about",
            match.nominal and not headline and talked_about(match, actors, recipients),
        ),
        ("commitment named, not made", match.nominal and _commitment_named(head)),
        ("destruction of no one's", unowned_destruction(match, actors, recipients)),
    ]


def _ownerless_force(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "his attacks" told with no party: force someone owns and no side uses is verbal, or a
    policy."""
    force = match.code.type in FORCE_TYPES
    return force and not actors and not recipients and owned_by_someone(match.head)


def _manner_features(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> list[tuple[str, bool]]:
    """How the act is told: as a habit, a frame or a count, by the public or anyone, with no
    agent, as a hypothesis, or in another sense of its word."""
    head = match.head
    sense, everyday = other_sense(match), everyday_sense(match)
    kept = judged_manner(match.head, match.code.type) or own_state_to_act(match, actors)
    kept = kept or backed_warning(match, actors, recipients)
    everyday = None if kept else everyday
    doer_sectors = [a.sector for a in actors]  # the public's stances and feelings are opinion
    return [
        ("habitual", not match.nominal and habitual(head, match.code.type in VERBAL_TYPES)),
        ("habitual", match.nominal and generic_outcome(head)),  # "can prompt threats"
        ("describes a noun", not match.nominal and _noun_infinitive(head)),
        ("stance described", not match.nominal and described_stance(head, match.code.type)),
        ("framed act", framed_act(head, match.nominal)),  # "a place to offer support"
        ("statistic", match.code.type in VERBAL_TYPES and is_statistic(head)),
        ("public counted", counted_stance(match.code.type, doer_sectors, head)),
        ("public counted", crowd_stance(match.code.type, doer_sectors, head)),
        ("public feeling", public_feeling(match.code.type, doer_sectors, head)),
        (
            "inquiry without standing",
            inquiry_without_standing(match.code.type, doer_sectors, head),
        ),
        ("public counted", public_stance(match)),  # "people hailed the moves"
        (
            "partyless gerund",
            match.code.type in PARTY_TYPES
            and partyless_gerund(head, match.nominal, actors, recipients),
        ),
        ("partyless passive", partyless_passive(head, match.nominal, actors, recipients)),
        (
            "partyless backing",
            not match.nominal and partyless_backing(head, match.code, actors, recipients),
        ),
        ("no agent", match.code.type in AGENTIVE_TYPES and no_agent(match, actors, recipients)),
        ("no agent", match.nominal and put_out_by_a_thing(head)),  # "that will bring pressure"
        ("hypothetical", hypothetical(match, actors, recipients)),
        ("generic you", done_by_you(head)),  # "you attacked", "your opposition"
        ("generic you", not recipients and if_you(head)),  # "if you doubt X, Y will attack"
        ("generic doer", done_by_anyone(head)),  # "Expressing approval for X can prompt ..."
        ("reflexive", reflexive_object(match)),
        ("phrasal verb", guards_against(match)),  # "to deter and defend against aggression"
        (sense or "", sense is not None),
        (everyday or "", everyday is not None),
    ]


def _names_no_party(
    match: TriggerMatch, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """ "a story of frustration, rejection and disappointment", "continued strong demand", "the
    offer had been set to expire": an agreement, appeal, rejection or visit is always someone's
    act toward someone, so a noun of one that names no party at all, in its phrase or its
    sentence, is a topic. Violence and coercion are told without their doers ("the blast in
    Nairobi"), so they are not counted."""
    return match.nominal and match.code.type in PARTY_TYPES and not actors and not recipients


def _commitment_named(noun: Token) -> bool:
    """ "recalled her old promise to lower fares", "kept his pledge to tour the border", "will
    halt any pension deal", "have a standing seat-sharing agreement": a promise or a
    pact is made when a light verb puts it out ("made a pledge", "gave assurances", "struck a
    deal"), a verb makes it known ("announced an agreement") or it is told as a subject ("his
    pledge came a day after ..."); as the object of any other verb it is named, not made."""
    commitment = noun.lemma_.lower() in PROMISES | PACTS
    if not commitment or noun.dep_ in {"nsubj", "nsubjpass", "ROOT"}:
        return False
    known = noun.dep_ == "dobj" and noun.head.lemma_.lower() in MADE_KNOWN
    return light_verb(noun) is None and not known


def _noun_infinitive(verb: Token) -> bool:
    """ "interests to defend", "the duty to refrain from assisting": an infinitive that says
    what a noun is for tells no act."""
    token = verb
    while token.dep_ in {"xcomp", "pcomp", "prep", "conj", "pobj"}:
        token = token.head
    return (
        token.dep_ in NOUN_CLAUSE_DEPS
        and token.head.pos_ in {"NOUN", "NUM", "PRON"}  # "the only one not to walk out"
        and to_infinitive(token)
    )
