"""Who did what to whom in a nominal event ("his arrest", "talks with X", "criticism from
Republicans"): its possessor, modifiers and "by"/"of" objects, else the subject of its verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.act_agents import is_event_noun, noun_agents, subject_actors
from eventwire.events.bestowed import givers, held_from, owned, receives
from eventwire.events.complements import blamed_or_addressed
from eventwire.events.governing_verbs import governing_verb
from eventwire.events.instigations import askers
from eventwire.events.lexicon import HARM_TYPES, tells_of
from eventwire.events.made_things import stance_makers
from eventwire.events.misplaced_by import misplaced_agents
from eventwire.events.named_towns import without_towns
from eventwire.events.object_aims import ABOUT_PREPS, clause_aims, through_empty
from eventwire.events.others_acts import granted_by_other, names_other_doer
from eventwire.events.owned_topics import noun_owners_for_things
from eventwire.events.participant_sets import Sides, participant_key, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive
from eventwire.events.phrase_links import MEMBER_PREPS, pobjs
from eventwire.events.plover_types import ACCUSE, ASSAULT, COERCE, REJECT, SANCTION
from eventwire.events.quoted_objects import same_side_of_quote
from eventwire.events.recipients import (
    RECIPIENT_PREPS,
    hit_own_people,
    told_country,
    with_recipients,
)
from eventwire.events.sites import struck_sites
from eventwire.events.struck_places import site_places
from eventwire.events.thing_owners import noun_type_owners
from eventwire.events.verb_subjects import verb_subjects
from eventwire.events.victims import harmed_by, suffers, undergone
from eventwire.model import Participant

AIMED_NOUNS = (ACCUSE, REJECT)  # "criticism of X", "rejection of X's offer": aimed at X
MEASURES = (SANCTION, COERCE)  # "an embargo which has kept Cuba in a box": aimed at Cuba


def noun_roles(reader: RoleReader, noun: Token, type_: str = "") -> Sides:
    """A nominal event's actors: possessor ("his arrest": he is no doer), modifiers but a
    struck site (`sites`), "by"/"of" objects, else the subject of its verb ("held talks");
    recipients: "with"/"to" objects. The "of" object of an act done to someone ("the arrest of
    X"), of blame or refusal, or of one whose doer is named elsewhere is its target."""
    done_to = type_ in HARM_TYPES  # an arrest, a raid, a sanction: done to someone
    if asking := askers(noun):  # "was ousted at the urging of his allies" (`instigations`)
        return _urged(reader, noun, asking)
    if (held := held_from(noun)) is not None:  # "Clinton's support from party leaders"
        return split_roles(*([p for t in ts for p in reader.phrase(t)] for ts in held))
    actors = struck_sites(reader, noun, reader.modifiers(noun, act=not done_to))
    actors = without_towns(reader, noun, actors)  # "the Nairobi bombing": where, not who
    verb = same_side_of_quote(reader, noun, governing_verb(noun))  # not writing: "an attack"
    if verb is not None and (receives(verb, noun) or suffers(verb) or undergone(noun)):
        return _received(reader, noun, verb)
    actors = actors or [p for t in misplaced_agents(noun) for p in reader.phrase(t)]
    told = verb is not None and not tells_of(verb) and not names_other_doer(noun, verb)  # "X's"
    if not actors and told and (done_to or not owned(noun)):
        subjects = verb_subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
        actors = [p for s in subjects if s != noun for p in reader.phrase(s)]  # not "the bombing"
    actors = actors or [p for t in noun_agents(noun) for p in reader.phrase(t)]
    aimed = done_to or any(is_event_noun(noun, t) for t in AIMED_NOUNS)
    patients = pobjs(noun, {"of"}) if actors or aimed else []
    if not actors and not patients:
        actors = [p for t in pobjs(noun, {"of"}) for p in reader.phrase(t)]
    # "aid for Romania", "talks with X" are aimed at their objects; blame at whom it names
    aims = blamed_or_addressed(reader, noun, pobjs(noun, RECIPIENT_PREPS - {"from"} | {"for"}))
    things = patients + aims if done_to else noun_owners_for_things(reader, noun, patients + aims)
    targets = through_empty(reader, things, preps=ABOUT_PREPS | {"of"})  # "Trump's Mexico policy"
    targets += stance_makers(noun, aims + patients)  # "support for the deal Obama signed",
    # "criticism of the measures adopted by X"
    if verb is not None:
        targets += pobjs(verb, RECIPIENT_PREPS - {"at", "on", "upon"})
        targets += verb_subjects(verb) if granted_by_other(noun, verb) else []  # backing him
    assault = is_event_noun(noun, ASSAULT)
    targets += _kind_targets(noun, done_to, assault)
    owners = [] if any(reader.phrase(t) for t in targets) else noun_type_owners(reader, noun, aims)
    hostile = [noun] if assault else []
    owners = owners if actors else []
    roles = with_recipients(reader, noun, actors, targets, owners, hostile, type_)
    return hit_own_people(reader, ASSAULT if assault and not site_places(noun) else "", roles)


def _urged(reader: RoleReader, noun: Token, asking: list[Token]) -> Sides:
    """ "was ousted at the urging of his allies": the urgers ask the act of the subjects (in
    the passive, the agents) of the verb the urging is set on."""
    setting = noun.head.head
    asked = agents(setting) if is_passive(setting) else verb_subjects(setting)
    return split_roles(*([p for t in ts for p in reader.phrase(t)] for ts in (asking, asked)))


def _kind_targets(noun: Token, done_to: bool, assault: bool) -> list[Token]:
    """The targets a noun's kind names: whom an attack harmed ("the raid that killed bin
    Laden"), what a measure aims at, and those an act done to people lists ("arrests,
    including X")."""
    targets = list(harmed_by(noun)) if assault else []
    measure = any(is_event_noun(noun, t) for t in MEASURES)
    targets += clause_aims(noun) if measure else []
    targets += pobjs(noun, MEMBER_PREPS) if measure or done_to else []
    return targets


def _received(reader: RoleReader, noun: Token, verb: Token) -> Sides:
    """ "The proposal drew criticism from Republicans", "Iraq faced sanctions from the UN": the
    act's doers are its "from" (or "by") objects, and whoever receives it is the target; so
    is whoever suffers it ("Smith, who died in the attack", `victims.suffers`) or is under it
    ("came under attack by warplanes", `victims.undergone`). The receiver is no giver of what
    it gets (`_not_own`)."""
    doers = givers(noun, verb)
    receivers = verb_subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    actors = reader.modifiers(noun, act=True) + [p for t in doers for p in reader.phrase(t)]
    received = [p for t in receivers for p in subject_actors(reader, t)]
    if suffers(verb):  # "75 people died in the blast": victims, of no country unless told
        received = [told_country(reader, p) for p in received]
    return split_roles(_not_own(actors, received), received)


def _not_own(actors: list[Participant], received: list[Participant]) -> list[Participant]:
    """The givers, less the receivers where every receiver was read as a giver too: "Trump
    picked up his first endorsements" names his own, not him as his endorser; where another
    party receives ("the general ... and the campaign touted his endorsement"), "his" stays
    the giver."""
    receiving = {participant_key(p) for p in received}
    if not receiving or not receiving <= {participant_key(p) for p in actors}:
        return actors
    return [p for p in actors if participant_key(p) not in receiving]
