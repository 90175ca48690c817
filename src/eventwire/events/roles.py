"""Who did what to whom: an event's actors and recipients read from the dependency parse.

Roles come from grammatical relations (subject, passive agent, object, the objects of "with",
"to", "against"...), never from proximity; `participants.RoleReader` maps each argument to the
actors it names. A verb's subjects are `verb_subjects`'s, a nominal event's roles `noun_roles`'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.act_agents import is_event_noun, subject_actors
from eventwire.events.addressees import addressees, asked_to_act
from eventwire.events.appended_reports import reported_doers
from eventwire.events.argument_slots import contact_object
from eventwire.events.complements import asked_for, complement_aims
from eventwire.events.custody import custody_holders
from eventwire.events.forces import moved_forces, sent_staff
from eventwire.events.guest_destinations import guest_destinations
from eventwire.events.handing import handed_over
from eventwire.events.instigations import askers
from eventwire.events.joint_partners import joint_partners
from eventwire.events.lexicon import PEOPLE_OBJECTS
from eventwire.events.made_things import judged_makers
from eventwire.events.mood import is_imperative
from eventwire.events.named_causes import named_causes
from eventwire.events.object_aims import object_aims
from eventwire.events.owned_topics import owners_for_things
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.passives import agents, is_passive, passive_patients
from eventwire.events.phrase_links import (
    appositions,
    clause_objects,
    coordinated,
    equated,
    given_names,
    pobjs,
)
from eventwire.events.plover_types import (
    ACCUSE,
    AGREE,
    AID,
    ASSAULT,
    CONSULT,
    COOPERATE,
    MOBILIZE,
    PROTEST,
    REQUEST,
    SUPPORT,
)
from eventwire.events.post_owners import post_owners
from eventwire.events.premises import done_to_culprits, done_to_nothing
from eventwire.events.pronoun_patients import named_patients
from eventwire.events.protest_venues import venues
from eventwire.events.purposes import purpose_verbs
from eventwire.events.recipients import RECIPIENT_PREPS, hit_own_people, with_recipients
from eventwire.events.settings import aimed_pobjs
from eventwire.events.statements import answers
from eventwire.events.struck_places import site_places
from eventwire.events.thing_objects import aimed_at_things
from eventwire.events.thing_owners import thing_owners
from eventwire.events.titled_objects import titled_names
from eventwire.events.told import press_carriers
from eventwire.events.verb_subjects import relative_head, verb_subjects
from eventwire.events.votes import voted_on
from eventwire.lexicons import word_set
from eventwire.model import Participant

AIM_PREPS = word_set("aim_preposition")
MOVEMENTS = {MOBILIZE}  # types whose passive subject is the forces moved (not "was released")
MOVEMENT_PREPS = {"to", "into", "toward", "towards"}
BENEFITS = {CONSULT, SUPPORT, AID, COOPERATE}  # "rolled out the red carpet for X": "for" X
TOPIC_PREPS = {"on"}  # "criticized Obama on Iraq", "agreed on Iran": what the act is about
PARTNER_PREPS = {"with", "to", "against"}  # "sided with Germany on Russia": the party aimed at
SHARED_TYPES = {AGREE, CONSULT, COOPERATE}  # "agreed on", "talked on": a shared topic


def verb_roles(reader: RoleReader, verb: Token, type_: str = "") -> Sides:
    """Actors (subjects, agents, joint partners) and recipients (objects, "with"/"to" objects)."""
    if type_ in MOVEMENTS and is_passive(verb) and not agents(verb):
        return _moved(reader, verb, type_)
    actors = _verb_actors(reader, verb)
    carriers = press_carriers(reader, verb)  # "said on NBC": the words' own party, if named
    objects = [o for o in _verb_objects(verb, type_) if o not in carriers]
    causes = named_causes(reader, verb, objects) if type_ == ACCUSE else []  # "blamed the
    # crisis on X": X, not its owner (credit "to" a cause still praises the owner of a success)
    objects = [o for o in objects if not causes or o.dep_ != "dobj"]
    patients = [relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    patients += [relative_head(c) for c in passive_patients(verb)]  # "who survived being shot"
    if is_passive(verb) and actors:
        objects += patients
    answered_by = answers(reader, verb, objects)  # "disputed that notion", "disagree with it"
    acts = [o for o in objects if is_event_noun(o)]  # "condemned the bombing of the embassy"
    moved = moved_forces(reader, objects) if type_ in MOVEMENTS else []  # "deployed troops"
    moved += sent_staff(objects) if type_ == AID else []  # "sent doctors": the aid itself
    objects = [o for o in objects if o not in acts and o not in moved]
    objects = owners_for_things(reader, objects, type_)  # "criticized Trump's Mexico policy"
    targets = [t for t in _targets(reader, verb, type_, objects, causes) if t not in carriers]
    targets += [p for o in objects for p in object_aims(reader, o, type_)]
    unnamed = [o for o in objects if not reader.phrase(o)]  # "condemned the remarks he made"
    targets += judged_makers(verb, unnamed, type_, bool(actors))
    if not any(reader.phrase(t) for t in targets):  # "demanded that Turkey withdraw", but
        # "assured him Jordan would" is aimed at him (`complements`)
        targets = complement_aims(verb, type_, reader, actors)
    targets = targets if any(reader.phrase(t) for t in targets) else carriers + targets
    if acts:
        return _act_roles(reader, verb, type_, (actors, targets), acts, answered_by)
    named = [] if actors else [p for t in patients for p in _named_patient(reader, t)]
    named += answered_by + [p for t in _subject_act_aims(verb) for p in reader.phrase(t)]
    return _aimed_roles(reader, verb, type_, (actors, targets), named, unnamed)


def _verb_actors(reader: RoleReader, verb: Token) -> list[Participant]:
    """The verb's doers: its subjects and joint partners, else who holds those it tells of as
    held, else the owner of the post it names."""
    actors = [p for s in verb_subjects(verb) for p in subject_actors(reader, s)]
    actors += [p for t in joint_partners(verb) for p in reader.phrase(t)]
    actors = actors or custody_holders(reader, verb)  # "were deported, officials said"
    return actors or [p for t in post_owners(verb) for p in reader.phrase(t)]  # "as his aide"


def _targets(
    reader: RoleReader, verb: Token, type_: str, objects: list[Token], causes: list[Token]
) -> list[Token]:
    """The words that name whom the verb is aimed at: its objects and blamed causes, its aim
    prepositions' objects (not a venue nor who asked for it), whom it addresses or reports on,
    whom a request asks to act."""
    preps = RECIPIENT_PREPS - {"from"} if is_passive(verb) else RECIPIENT_PREPS
    if any(o.lower_ in PEOPLE_OBJECTS or reader.phrase(o) for o in objects):  # "threatened them
        preps = preps - {"with", "from"}  # with a loss", "expelled X from Belgium": no target
    if _topic_on(reader, verb, objects, type_):
        preps = preps - TOPIC_PREPS
    targets = [*objects, *causes, *aimed_pobjs(verb, preps), *_beneficiaries(reader, verb, type_)]
    targets = [t for t in targets if t not in venues(reader, verb, type_)]  # "rallied at a college"
    guests_to = guest_destinations(reader, verb, objects, type_)  # "welcomed X to the White House"
    targets = [t for t in targets if t not in guests_to]
    targets = [t for t in targets if not askers(t)]  # "withdrew at the request of the UN"
    targets += addressees(verb) + reported_doers(verb)  # "wrote to Reno", "X fails, a group said"
    return targets + (asked_to_act(verb) if type_ == REQUEST else [])


def _act_roles(
    reader: RoleReader,
    verb: Token,
    type_: str,
    sides: tuple[list[Participant], list[Token]],
    acts: list[Token],
    answered_by: list[Participant],
) -> Sides:
    """A verb done to an act ("condemned Russia's annexation of Crimea"): the act's own agents
    are the target; with none named, an act on a measure is about whom the measure aims at;
    blame is never aimed at an act's victims. `sides`: the doers and the target words."""
    actors, targets = sides
    named = answered_by + [p for a in acts for p in subject_actors(reader, a)]
    named = named or [p for t in pobjs(verb, {"by"}) for p in reader.phrase(t)]  # misparsed
    named = named or (thing_owners(reader, acts, type_, verb) if actors else [])
    if not named and type_ != ACCUSE:  # "lifted a warning against travel to Kenya"
        targets = targets + [t for a in acts for t in object_aims(reader, a, type_)]
    recipients = named + [p for t in targets for p in reader.phrase(t)]
    return split_roles(actors, recipients)


def _aimed_roles(
    reader: RoleReader,
    verb: Token,
    type_: str,
    sides: tuple[list[Participant], list[Token]],
    named: list[Participant],
    unnamed: list[Token],
) -> Sides:
    """The doers and whom the verb is aimed at: the target words' parties and those `named`,
    else the owners of the things it is done to, else the target of the protest it is done
    for; never its doers' own people when it hits a place or a thing."""
    actors, targets = sides
    if actors and not any(reader.phrase(t) for t in targets):  # "praised the Democratic
        named += thing_owners(reader, unnamed, type_, verb)  # platform", "criticized the plan"
    if not split_roles(actors, [p for t in targets for p in reader.phrase(t)])[1]:  # "marched
        # to protest the killings by police", "recalled its envoy to show disapproval of X"
        named += [p for v in purpose_verbs(verb) for p in verb_roles(reader, v, PROTEST)[1]]
    hostile = [verb, *subject_acts(verb)] if type_ == ASSAULT else []
    roles = with_recipients(reader, verb, actors, targets, named, hostile, type_)
    aimed_elsewhere = site_places(verb) or aimed_at_things(reader, verb, type_)  # "banned guns"
    aimed_elsewhere = aimed_elsewhere or done_to_nothing(verb)  # "said troops fired first"
    aimed_elsewhere = aimed_elsewhere or done_to_culprits(reader, verb)  # "suspects arrested"
    return hit_own_people(reader, type_ if not aimed_elsewhere else "", roles)


def _verb_objects(verb: Token, type_: str) -> list[Token]:
    """What the verb is done to, however the parse hangs it: its objects, the noun a relative
    clause or a title names, what is asked or voted for; never what is handed over."""
    objects = clause_objects(verb)  # "sent them aid", "Rubio, who Trump mocked"
    objects += contact_object(verb)  # "the senator Trump mocked"
    objects += titled_names(verb) + asked_for(verb, type_)  # "freed journalist X", "called for X"
    objects += voted_on(verb, type_)  # "voted for Latvia's membership", "spoke in favour of it"
    return [o for o in objects if o not in handed_over(verb)]  # "handed X over to Y"


def _topic_on(reader: RoleReader, verb: Token, objects: list[Token], type_: str) -> bool:
    """ "criticized Obama on Iraq", "sided with Germany on Russia", "agreed on Iran": with a
    party already aimed at, or in a shared act, "on" names what the act is about; "imposed
    sanctions on Iran" or "fired on marchers" aims at no other party and keeps its target."""
    partners = pobjs(verb, PARTNER_PREPS)
    aimed = any(reader.phrase(t) for t in [*objects, *partners])
    return aimed or type_ in SHARED_TYPES


def _beneficiaries(reader: RoleReader, verb: Token, type_: str) -> list[Token]:
    """ "campaigned for Clinton": someone named, not a thing with an owner ("her newsletter"),
    and only by a doer: an imperative asks the reader ("SIGN UP FOR OUR NEWSLETTER")."""
    found = pobjs(verb, {"for"}) if type_ in BENEFITS and not is_imperative(verb) else []
    return [t for t in found if t.pos_ == "PRON" or reader.mention_at(t) is not None]


def subject_acts(verb: Token) -> list[Token]:
    """The verb's subjects that are acts ("the attacks at the embassies killed 257"), whose
    own targets the event keeps."""
    return [s for s in verb_subjects(verb) if is_event_noun(s)]


def _subject_act_aims(verb: Token) -> list[Token]:
    """ "the attacks at the embassies killed 257": a subject act keeps its own target ("at")."""
    return [t for s in subject_acts(verb) for t in pobjs(s, AIM_PREPS)]


def _moved(reader: RoleReader, verb: Token, type_: str) -> Sides:
    """ "Russian troops were deployed to Belarus": forces moved act for their own side; where
    they go is the target."""
    forces = [relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    forces += passive_patients(verb)
    actors = [p for t in forces for p in reader.phrase(t)]
    return with_recipients(reader, verb, actors, pobjs(verb, MOVEMENT_PREPS), type_=type_)


def _named_patient(reader: RoleReader, subject: Token) -> list[Participant]:
    """ "Howes was abducted", "Twelve Americans were killed": with no doer named, the subject
    of a passive is its target when the text names it; "75 people were killed" names no one
    (their country would only be the article's default) and "suspects in the Kenya bombing"
    are no actor of their own."""
    heads = coordinated(subject) + pobjs(subject, {"including"})  # "suspects, including X"
    heads = [t for h in heads for t in ([h] if reader.mention_at(h) else _described(h))]
    return named_patients(reader, heads)  # also "it" in "when it was attacked"


def _described(head: Token) -> list[Token]:
    """A passive subject with no mention of its own and the names it is said to be: the name it
    describes ("Kopp, an activist"), and for a common noun the names it gives in apposition ("a
    woman, Jane Doe, was convicted", "two officers, X and Y, were killed") or by "named" ("a
    staffer named X"), as `RoleReader.phrase` reads a subject that a doer acts on; a name's
    appositive describes it ("[Jane Doe, HuffPost]" is a byline, no party acted on)."""
    named = (given_names(head) or appositions(head)) if head.pos_ == "NOUN" else []
    return [head, *equated(head), *named]
