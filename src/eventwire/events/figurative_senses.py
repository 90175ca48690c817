"""Figurative senses of strike, force, restriction, mobilisation and combat words: a strike
verb done to a thing ("struck a defiant tone"), force in a rule's "when" clause, a film kept
from playing, campaign "reinforcements", a fight over plans or votes. `sense` asks these in
its own order, so each is a small reader of its own."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import RESTRICTION, STRIKE_OR_BOYCOTT
from eventwire.events.compound_words import in_compound
from eventwire.events.idioms import armed_word, figurative_idiom, harmable
from eventwire.events.lexicon import (
    ARMED_FORCES,
    CONDUCT,
    CONTEST,
    FILMED,
    FORCE_TYPES,
    MADE_PUBLIC,
    VIOLENCE,
    mentions,
    word_forms,
    words,
)
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import ASSAULT, MOBILIZE
from eventwire.events.verb_arguments import objects, patients, people, prep_nouns, prep_objects
from eventwire.events.word_classes import ORDERED_ACTS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import MODAL_TAG
from eventwire.sectors import GOVERNMENT, MILITARY, POLICE, REBELS, SPIES

IDIOM = "figurative phrase"  # `other_sense`: "made a killing", "a coup for the union"
COMPOUND = "inside a compound"  # a word of a hyphenated modifier or of a prefixed noun
FORCE_TOLD = VIOLENCE | ARMED_FORCES  # a sentence naming either tells no campaign
KEPT_THINGS = FILMED | MADE_PUBLIC  # a film or a published item kept from playing
STRIKING = {"strike"}  # the walkout verb with senses of its own; "boycott the polls" is one
OPPOSED_PREPS = {"against", "on", "at", "with"}  # whom a fight is aimed at
WARS = words("event_words.tsv", "war_noun")  # war, warfare, hostilities
FOE_PREPS = {"on", "against"}  # whom a war is waged on
BELLIGERENT_ENTITIES = {"GPE", "NORP", "ORG"}  # a war on one of them may be fought
BELLIGERENT_SECTORS = {GOVERNMENT, MILITARY, REBELS, SPIES}  # a government, army, rebels or agents
ABSTRACTIONS = CONDUCT | CONTEST | words("event_words.tsv", "regulation")  # plans, votes, rules
HELD_IDEAS = words("event_words.tsv", "upheld_principle") | words("event_words.tsv", "entitlement")
SPEECHES = words("event_words.tsv", "addressing")  # an address, a speech, remarks
ASSAILED_PREPS = {"on", "against", "upon"}  # "attacks on our freedom"


def figurative_sense(match: TriggerMatch) -> str | None:
    """The reason the trigger is a figurative phrase (a war waged on no belligerent among
    them), a condition a rule sets, a strike of a thing or campaign forces, if it is one."""
    code, head = match.code, match.head
    if figurative_idiom(head):
        return IDIOM
    if in_compound(head):
        return COMPOUND  # "a shoot-from-the-lip candidate", "self-deportation"
    if code.type in FORCE_TYPES and not match.nominal and _when_allowed(head):
        return "condition set"  # "rules for when officers can use force"
    walkout = (
        code.cameo == STRIKE_OR_BOYCOTT and not match.nominal and head.lemma_.lower() in STRIKING
    )
    if walkout and _struck_a_thing(head):
        return "strikes a thing"  # "struck a defiant tone", "striking visuals"
    if code.type == MOBILIZE and _campaign_forces(head):
        return "campaign forces"  # "deployed volunteers to call voters", "reinforcements"
    if code.type == ASSAULT and not match.nominal and _war_on_civilians(head):
        return IDIOM  # "waging a war on coal miners", "a war on drugs": rhetoric
    return None


def _war_on_civilians(verb: Token) -> bool:
    """ "is waging a war on coal miners", "waged a war against drugs": a war waged on people,
    a thing or a policy's target, none of them a state or an armed group, is rhetoric, not
    fighting; "waged war on Georgia" and "a war against the rebels" are fighting."""
    wars = [c for c in patients(verb) if c.lemma_.lower() in WARS]
    foes = [t for w in [verb, *wars] for t in prep_objects(w, FOE_PREPS)]
    return bool(wars and foes) and not any(map(_belligerent, foes))


def _belligerent(token: Token) -> bool:
    """A state, a people or an organisation by name, a government or an armed force ("the
    regime", "the rebels")."""
    group = group_lexicon().get((token.lower_,))
    named = token.ent_type_ in BELLIGERENT_ENTITIES
    return named or group in BELLIGERENT_SECTORS or in_words(token, ARMED_FORCES)


def restricts_a_thing(match: TriggerMatch) -> bool:
    """A restriction verb whose object is a film or a published item kept from playing."""
    return match.code.cameo == RESTRICTION and not match.nominal and _thing_kept_from(match.head)


def _struck_a_thing(verb: Token) -> bool:
    """ "struck a defiant tone", "an agreement she had struck", "data and striking visuals":
    a walkout is struck by people with no object, so a strike verb with a thing for its object,
    or said of a thing, is another sense; "striking workers" and "nurses struck" are walkouts,
    and so are the other walkout verbs with their objects ("boycott the elections", "stopped
    work")."""
    struck = objects(verb) + ([verb.head] if verb.dep_ in {"relcl", "amod", "acl"} else [])
    return bool(struck) and not any(map(people, struck))


def _thing_kept_from(verb: Token) -> bool:
    """ "this video is restricted from playing in your location": what is kept from doing
    something is a film or a published item, not a party, so no one is restricted; "barred
    him from moving detainees" restricts someone."""
    kept = patients(verb)
    acting = any(p.lower_ == "from" and p.dep_ == "prep" for p in verb.children)
    return acting and bool(kept) and all(word_forms(t) & KEPT_THINGS for t in kept)


def _when_allowed(verb: Token) -> bool:
    """ "new rules for when officers can use force", "decide when the police may arrest
    protesters": force in a subordinate "when" clause with a modal is the case a rule or a
    decision sets, not force used; "police fired when the crowd charged" is told by its main
    verb."""
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children)
    modal = any(c.dep_ == "aux" and c.tag_ == MODAL_TAG for c in verb.children)
    return when and modal and verb.dep_ != "ROOT"


def _campaign_forces(head: Token) -> bool:
    """ "each side deployed volunteers to call voters", "she had her own reinforcements:
    endorsements from the nominee": forces sent or gathered in a sentence of an election or
    other contest that names no armed force, police, weapon or violence are campaigners."""
    armed = any(armed_word(t) or _police(t) for t in head.sent)
    return not armed and not mentions(head, FORCE_TOLD) and mentions(head, CONTEST)


def _police(token: Token) -> bool:
    return group_lexicon().get((token.lower_,)) == POLICE


def fought_over_abstractions(verb: Token) -> bool:
    """ "attack specific policies", "the new rules were fought in court": a combat verb, in a
    sentence that tells no violence, done to plans, rules, votes or races and to nothing a
    blow can fall on (a person, place, force, target or vehicle), harms no one; fought against
    a party ("fought a rear-guard action against Congress"), it is a dispute with that party."""
    done_to = [stand_in(c) for c in patients(verb)]
    opposed = prep_objects(verb, OPPOSED_PREPS)
    if not done_to or any(map(harmable, done_to + opposed)):
        return False
    return all(in_words(t, ABSTRACTIONS) for t in done_to)


def fought_act(verb: Token) -> bool:
    """ "would no longer fight the release of the police video", "fought the closure": a combat
    verb done only to an act to be done (`ordered_act`), against no party, opposes the act in
    words or law, whatever violence ("police") the sentence names."""
    done_to = [stand_in(c) for c in patients(verb)]
    if not done_to or prep_objects(verb, OPPOSED_PREPS):
        return False
    return all(in_words(t, ORDERED_ACTS) for t in done_to)


def assailed_abstraction(match: TriggerMatch) -> bool:
    """ "our freedom is under assault", "attacks on voting rights", "the address came under
    attack": an attack whose every target is a right, principle, plan, speech or what a party
    says or does, and nothing a blow can fall on, is fought with words or laws, whatever violence
    ("terrorism") the sentence names elsewhere."""
    if match.code.type != ASSAULT:
        return False
    targets = [stand_in(t) for t in _assailed(match)]
    if not targets or any(map(harmable, targets)):
        return False
    return all(in_words(t, ABSTRACTIONS | HELD_IDEAS | SPEECHES) for t in targets)


def _assailed(match: TriggerMatch) -> list[Token]:
    """What an attack falls on: a verb's object or passive subject, a noun's "on"/"against"
    object, or the subject of a clause that says it is "under attack"."""
    head = match.head
    if not match.nominal:
        return patients(head)
    found = prep_nouns(head, ASSAILED_PREPS)
    if head.dep_ == "pobj" and head.head.lower_ == "under":
        found += [c for c in head.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found
