"""Who did what to whom: an event's actors and recipients read from the dependency parse.

Roles come from grammatical relations (subject, passive agent, object, the objects of "with",
"to", "against"...), never from proximity; `participants.RoleReader` maps each argument to the
actors it names.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import group_lexicon
from eventwire.events.accused_acts import accused_doers
from eventwire.events.act_places import location_targets
from eventwire.events.acting_with import acting_with
from eventwire.events.addressees import addressees, asked_to_act
from eventwire.events.appended_reports import hung_subject, reported_doers
from eventwire.events.apposed_names import describes_name
from eventwire.events.as_doers import as_doers
from eventwire.events.bestowed import givers, owned, receives
from eventwire.events.claimed_acts import outside_doers
from eventwire.events.clauses import relative_clause
from eventwire.events.complements import act_types, asked_for, blamed_or_addressed, complement_aims
from eventwire.events.controlled import completes_copula, noun_controller, noun_owner
from eventwire.events.custody import custody_holders
from eventwire.events.domestic import domestic
from eventwire.events.forces import moved_forces, sent_staff
from eventwire.events.handing import handed_over
from eventwire.events.harming_acts import passive_doers
from eventwire.events.instigations import askers
from eventwire.events.issued_documents import issued_by
from eventwire.events.joined_reports import joined_report
from eventwire.events.joint_partners import joint_partners
from eventwire.events.judged_acts import judging_speakers
from eventwire.events.lexicon import PEOPLE_OBJECTS, RELATIVE_PRONOUNS, tells_of
from eventwire.events.made_things import judged_makers, stance_makers
from eventwire.events.misplaced_by import misplaced_agents
from eventwire.events.mood import is_imperative
from eventwire.events.named_causes import named_causes
from eventwire.events.object_aims import ABOUT_PREPS, clause_aims, object_aims, through_empty
from eventwire.events.others_acts import granted_by_other, names_other_doer
from eventwire.events.own_clauses import caused_act
from eventwire.events.participant_sets import Sides, other_sides, unique
from eventwire.events.participants import SUBJECT_DEPS, RoleReader
from eventwire.events.passives import (
    agents,
    is_passive,
    own_agents,
    passive_patients,
    shared_patients,
)
from eventwire.events.phrase_links import clause_objects, coordinated, equated, pobjs, subjects_of
from eventwire.events.post_owners import post_owners
from eventwire.events.premises import done_to_nothing, own_people, premises_owners
from eventwire.events.prevented import prevented_doers
from eventwire.events.pronoun_patients import named_patients
from eventwire.events.protest_venues import venues
from eventwire.events.purposes import purpose_verbs
from eventwire.events.quoted_objects import same_side_of_quote
from eventwire.events.quoted_sayers import quoted_sayers
from eventwire.events.relative_clauses import stood_for, swallowed_subject
from eventwire.events.settings import aimed_pobjs
from eventwire.events.sites import struck_sites
from eventwire.events.spanned import counting_span
from eventwire.events.statements import answers
from eventwire.events.struck_places import site_places
from eventwire.events.thing_objects import aimed_at_things
from eventwire.events.thing_owners import noun_type_owners, thing_owners
from eventwire.events.titled_objects import titled_names
from eventwire.events.victims import harmed_by, suffers, undergone
from eventwire.events.votes import voted_on
from eventwire.lexicons import word_set
from eventwire.model import Participant

RECIPIENT_PREPS = {
    "with", "to", "against", "on", "into", "toward", "towards", "at", "from", "between", "among",
    "behind",  # "rallied behind Rubio"
    "upon",  # the formal "on": "seized upon the comments by Trump", "called upon Iran"
}  # fmt: skip
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
AIM_PREPS = word_set("aim_preposition")
LIGHT_ATTACHMENTS = {"dobj", "attr", "nsubjpass", "oprd"}
LIGHT_PREPS = {"at", "in", "into", "on", "during"}
MOVEMENTS = {"MOBILIZE"}  # types whose passive subject is the forces moved (not "was released")
MOVEMENT_PREPS = {"to", "into", "toward", "towards"}
BENEFITS = {"CONSULT", "SUPPORT", "AID", "COOPERATE"}  # "rolled out the red carpet for X": "for" X
MEASURES = ("SANCTION", "COERCE")  # "an embargo which has kept Cuba in a box": aimed at Cuba
AIMED_NOUNS = ("ACCUSE", "REJECT")  # "criticism of X", "rejection of X's offer": aimed at X


def verb_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject tokens of a verb, inherited through control, coordination and relatives."""
    if is_passive(verb):  # "Putin was quoted as saying": the speaker, not who quotes him
        return quoted_sayers(verb) or passive_doers(verb)
    subjects = subjects_of(verb, SUBJECT_DEPS)  # not "who" in "Cruz, who Trump attacked"
    if subjects:
        clause = relative_clause(verb) if subjects[0].lower_ in RELATIVE_PRONOUNS else None
        return subjects if clause is None else _described(stood_for(clause, subjects[0]), depth)
    if (hung := hung_subject(verb) or swallowed_subject(verb)) is not None:  # "..., a group said"
        return [hung]
    if verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBG" and noun_controller(verb) is None:
        issuer = issued_by(verb.head)  # "issued statements supporting ...": the issuers
        return verb_subjects(issuer, depth + 1) if issuer is not None else [verb.head]
    if caused_act(verb):  # "prompting Washington to condemn": Washington condemns
        return [c for c in verb.head.children if c.dep_ == "dobj"]
    if accused := accused_doers(verb) or prevented_doers(verb) or as_doers(verb):  # "accused
        return accused  # police of arresting", "blocked supporters from marching", "listed X
        # as having donated": those objects act
    if (owner := noun_owner(verb)) is not None:  # "the INS's decision to deny him asylum"
        return [owner]
    controller = _controlling_verb(verb)
    if controller is None:  # "said that lifting it is out of the question": the sayer's
        return judging_speakers(verb)
    if depth >= 3:
        return []
    patients = shared_patients(verb, controller)
    if patients is not None:  # "was accused of beating"; "men suspected of bombing"
        reduced = passive_patients(controller) if verb.dep_ == "pcomp" else []  # not "needed to"
        return [_relative_head(c) for c in patients] + reduced
    return verb_subjects(controller, depth + 1)


def _described(head: Token, depth: int) -> list[Token]:
    """What a relative clause's subject stands for: the name an apposition describes ("Clark,
    a GOP chair who backs Brooks"), the issuer of a document ("ran an ad that attacked X")."""
    if (issuer := issued_by(head)) is not None and depth < 3:
        return verb_subjects(issuer, depth + 1)
    return [head.head] if describes_name(head) else [head]


def _relative_head(subject: Token) -> Token:
    """ "Americans who were killed": a relative pronoun stands for the noun(s) it modifies."""
    verb = subject.head
    if subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subject
    head = stood_for(verb, subject)  # "Jones, a protester who was punched": Jones
    while head.dep_ == "conj":  # "five Iraqis and a Libyan who were questioned": all of them
        head = head.head
    return head


def _controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject an infinitive, gerund or coordinated verb shares."""
    sayer = joined_report(verb)  # "said the rallies were unlawful and warned that ..."
    if sayer is not None:
        return sayer
    if verb.dep_ not in {"xcomp", "conj", "advcl", "pcomp"}:
        return noun_controller(verb)
    for ancestor in verb.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"} and not completes_copula(verb, ancestor):
            return ancestor
    return None


def verb_roles(reader: RoleReader, verb: Token, type_: str = "") -> Sides:
    """Actors (subjects, agents, joint partners) and recipients (objects, "with"/"to" objects)."""
    if type_ in MOVEMENTS and is_passive(verb) and not agents(verb):
        return _moved(reader, verb)
    actors = [p for s in verb_subjects(verb) for p in _subject_actors(reader, s)]
    actors += [p for t in joint_partners(verb) for p in reader.phrase(t)]
    actors = actors or custody_holders(reader, verb)  # "were deported, officials said"
    actors = actors or [p for t in post_owners(verb) for p in reader.phrase(t)]  # "as his aide"
    objects = clause_objects(verb)  # "sent them aid", "Rubio, who Trump mocked"
    objects += titled_names(verb) + asked_for(verb, type_)  # "freed journalist X", "called for X"
    objects += voted_on(verb, type_)  # "voted for Latvia's membership", "spoke in favour of it"
    objects = [o for o in objects if o not in handed_over(verb)]  # "handed X over to Y"
    causes = named_causes(reader, verb, objects) if type_ == "ACCUSE" else []  # "blamed the
    # crisis on X": X, not its owner (credit "to" a cause still praises the owner of a success)
    objects = [o for o in objects if not causes or o.dep_ != "dobj"]
    patients = [_relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    patients += [_relative_head(c) for c in passive_patients(verb)]  # "who survived being shot"
    if is_passive(verb) and actors:
        objects += patients
    preps = RECIPIENT_PREPS - {"from"} if is_passive(verb) else RECIPIENT_PREPS
    answered_by = answers(reader, verb, objects)  # "disputed that notion", "disagree with it"
    acts = [o for o in objects if _is_event_noun(o)]  # "condemned the bombing of the embassy"
    moved = moved_forces(reader, objects) if type_ in MOVEMENTS else []  # "deployed troops"
    moved += sent_staff(objects) if type_ == "AID" else []  # "sent doctors": the aid itself
    objects = [o for o in objects if o not in acts and o not in moved]
    if any(o.lower_ in PEOPLE_OBJECTS or reader.phrase(o) for o in objects):  # "threatened them
        preps = preps - {"with", "from"}  # with a loss", "expelled X from Belgium": no target
    targets = [*objects, *causes, *aimed_pobjs(verb, preps), *_beneficiaries(reader, verb, type_)]
    targets = [t for t in targets if t not in venues(reader, verb, type_)]  # "rallied at a college"
    targets = [t for t in targets if not askers(t)]  # "withdrew at the request of the UN"
    targets += addressees(verb) + reported_doers(verb)  # "wrote to Reno", "X fails, a group said"
    targets += asked_to_act(verb) if type_ == "REQUEST" else []
    named = [] if actors else [p for t in patients for p in _named_patient(reader, t)]
    named += answered_by + [p for t in _subject_act_aims(verb) for p in reader.phrase(t)]
    targets += [p for o in objects for p in object_aims(reader, o, type_)]
    unnamed = [o for o in objects if not reader.phrase(o)]  # "condemned the remarks he made"
    targets += judged_makers(verb, unnamed, type_, bool(actors))
    if not any(reader.phrase(t) for t in targets):  # "demanded that Turkey withdraw", but
        # "assured him Jordan would" is aimed at him (`complements`)
        targets = complement_aims(verb, type_, reader, actors)
    if acts:  # the act's own agents are the target ("condemned Russia's annexation of Crimea");
        # with none named, an act on a measure is about whom the measure aims at; blame is
        # never aimed at an act's victims
        named = answered_by + [p for a in acts for p in _subject_actors(reader, a)]
        named = named or [p for t in pobjs(verb, {"by"}) for p in reader.phrase(t)]  # misparsed
        named = named or (thing_owners(reader, acts, type_, verb) if actors else [])
        if not named and type_ != "ACCUSE":  # "lifted a warning against travel to Kenya"
            targets += [t for a in acts for t in object_aims(reader, a, type_)]
        recipients = named + [p for t in targets for p in reader.phrase(t)]
        return split_roles(actors, recipients)
    if actors and not any(reader.phrase(t) for t in targets):  # "praised the Democratic
        named += thing_owners(reader, unnamed, type_, verb)  # platform", "criticized the plan"
    if not split_roles(actors, [p for t in targets for p in reader.phrase(t)])[1]:  # "marched
        # to protest the killings by police", "recalled its envoy to show disapproval of X"
        named += [p for v in purpose_verbs(verb) for p in verb_roles(reader, v, "PROTEST")[1]]
    hostile = [verb, *subject_acts(verb)] if type_ == "ASSAULT" else []
    roles = _with_recipients(reader, verb, actors, targets, named, hostile)
    aimed_elsewhere = site_places(verb) or aimed_at_things(reader, verb, type_)  # "banned guns"
    aimed_elsewhere = aimed_elsewhere or done_to_nothing(verb)  # "said troops fired first"
    return _own_people(reader, type_ if not aimed_elsewhere else "", roles)


def _beneficiaries(reader: RoleReader, verb: Token, type_: str) -> list[Token]:
    """ "campaigned for Clinton": someone named, not a thing with an owner ("her newsletter"),
    and only by a doer: an imperative asks the reader ("SIGN UP FOR OUR NEWSLETTER")."""
    found = pobjs(verb, {"for"}) if type_ in BENEFITS and not is_imperative(verb) else []
    return [t for t in found if t.pos_ == "PRON" or reader.mention_at(t) is not None]


def _own_people(reader: RoleReader, type_: str, sides: Sides) -> Sides:
    """ "police raided two homes": an attack or raid naming no victim nor a town it strikes
    (`struck_places.site_places`) hits the doers' own people (`premises.own_people`)."""
    if type_ in {"ASSAULT", "COERCE"} and not sides[1]:
        return sides[0], own_people(reader, sides[0])
    return sides


def subject_acts(verb: Token) -> list[Token]:
    return [s for s in verb_subjects(verb) if _is_event_noun(s)]


def _subject_act_aims(verb: Token) -> list[Token]:
    """ "the attacks at the embassies killed 257": a subject act keeps its own target ("at")."""
    return [t for s in subject_acts(verb) for t in pobjs(s, AIM_PREPS)]


def _moved(reader: RoleReader, verb: Token) -> Sides:
    """ "Russian troops were deployed to Belarus": forces moved act for their own side; where
    they go is the target."""
    forces = [_relative_head(c) for c in verb.children if c.dep_ == "nsubjpass"]
    forces += passive_patients(verb)
    actors = [p for t in forces for p in reader.phrase(t)]
    return _with_recipients(reader, verb, actors, pobjs(verb, MOVEMENT_PREPS))


def _named_patient(reader: RoleReader, subject: Token) -> list[Participant]:
    """ "Howes was abducted", "Twelve Americans were killed": with no doer named, the subject
    of a passive is its target when the text names it; "75 people were killed" names no one
    (their country would only be the article's default) and "suspects in the Kenya bombing"
    are no actor of their own."""
    heads = coordinated(subject) + pobjs(subject, {"including"})  # "suspects, including X"
    heads = [t for h in heads for t in ([h] if reader.mention_at(h) else [h, *equated(h)])]
    return named_patients(reader, heads)  # also "it" in "when it was attacked"


def _is_event_noun(token: Token, type_: str = "") -> bool:
    """A noun the trigger lexicon lists as an act on its own ("blast", "attack", "talks"), of
    the type if one is given; not a group named by what it does ("protesters")."""
    if (token.lower_,) in group_lexicon():
        return False
    types = act_types(token)
    return bool(types) and (not type_ or type_ in types)


def _subject_actors(reader: RoleReader, subject: Token) -> list[Participant]:
    """An act as a subject ("the blast in Nairobi killed...") acts through its own agents, its
    possessor or "by" object, never through the place it happened in or the site it hit."""
    if not _is_event_noun(subject):
        return reader.phrase(subject)
    agents = [p for t in _noun_agents(subject) for p in reader.phrase(t)]
    return struck_sites(reader, subject, reader.modifiers(subject, act=True)) or agents


def _with_recipients(
    reader: RoleReader,
    head: Token,
    actors: list[Participant],
    targets: list[Token],
    named: list[Participant] | None = None,
    hostile: list[Token] | None = None,
) -> Sides:
    """Recipients named by the targets; else, following CAMEO's coding conventions, the country
    where an act by a named actor happens, else the actors' own country for an addressee named
    without one. An act with no known actor ("the blast in Nairobi killed...") keeps its place
    as a place: the victims, not the town, are its target, and unknown stays empty; but a
    hostile act at an institution's premises is aimed at it (`premises`)."""
    recipients = [*(named or []), *(p for t in targets for p in reader.phrase(t))]
    recipients = [_told_country(reader, p) for p in recipients]
    if not any(p.country for p in recipients) and len({p.country for p in actors}) < 2:
        located = premises_owners(reader, hostile or [])
        located = located or (_location_targets(reader, head, actors) if actors else [])
        named = [p for p in recipients if not p.actor_id or reader.named(p.actor_id)]
        recipients = located or domestic(actors, named, targets) or recipients
    return split_roles(actors, recipients)


def _location_targets(
    reader: RoleReader, head: Token, actors: list[Participant]
) -> list[Participant]:
    verb = _governing_verb(head) or _controlling_verb(head) or head
    return location_targets(reader, head, verb, actors)


def _told_country(reader: RoleReader, participant: Participant) -> Participant:
    """ "killed 258 people": a group the text gives no country of its own is of no known
    country as a target (its actor's country is only the dateline's guess); the victims
    whose nationality is told ("including 12 Americans") are targets of their own."""
    if participant.actor_id is None or reader.named(participant.actor_id):
        return participant
    return participant.model_copy(update={"country": None})


def noun_roles(reader: RoleReader, noun: Token, done_to: bool = False) -> Sides:
    """A nominal event's actors: possessor ("his arrest": he is no doer), modifiers but a
    struck site (`sites`), "by"/"of" objects, else the subject of its verb ("held talks");
    recipients: "with"/"to" objects. The "of" object of an act done to someone ("the arrest of
    X"), of blame or refusal, or of one whose doer is named elsewhere is its target."""
    if asking := askers(noun):  # "was ousted at the urging of his allies" (`instigations`)
        setting = noun.head.head
        asked = agents(setting) if is_passive(setting) else verb_subjects(setting)
        return split_roles(*([p for t in ts for p in reader.phrase(t)] for ts in (asking, asked)))
    actors = struck_sites(reader, noun, reader.modifiers(noun, act=not done_to))
    verb = same_side_of_quote(reader, noun, _governing_verb(noun))  # not writing: "an attack"
    if verb is not None and (receives(verb, noun) or suffers(verb) or undergone(noun)):
        return _received(reader, noun, verb)
    actors = actors or [p for t in misplaced_agents(noun) for p in reader.phrase(t)]
    told = verb is not None and not tells_of(verb) and not names_other_doer(noun, verb)  # "X's"
    if not actors and told and (done_to or not owned(noun)):
        subjects = verb_subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
        actors = [p for s in subjects if s != noun for p in reader.phrase(s)]  # not "the bombing"
    actors = actors or [p for t in _noun_agents(noun) for p in reader.phrase(t)]
    aimed = done_to or any(_is_event_noun(noun, type_) for type_ in AIMED_NOUNS)
    patients = pobjs(noun, {"of"}) if actors or aimed else []
    if not actors and not patients:
        actors = [p for t in pobjs(noun, {"of"}) for p in reader.phrase(t)]
    # "aid for Romania", "talks with X" are aimed at their objects; blame at whom it names
    aims = blamed_or_addressed(reader, noun, pobjs(noun, RECIPIENT_PREPS - {"from"} | {"for"}))
    targets = through_empty(reader, patients + aims, preps=ABOUT_PREPS | {"of"})
    targets += stance_makers(noun, aims + patients)  # "support for the deal Obama signed",
    # "criticism of the measures adopted by X"
    if verb is not None:
        targets += pobjs(verb, RECIPIENT_PREPS - {"at", "on", "upon"})
        targets += verb_subjects(verb) if granted_by_other(noun, verb) else []  # backing him
    assault = _is_event_noun(noun, "ASSAULT")
    targets += harmed_by(noun) if assault else []  # "the raid that killed bin Laden"
    targets += clause_aims(noun) if any(_is_event_noun(noun, t) for t in MEASURES) else []
    owners = [] if any(reader.phrase(t) for t in targets) else noun_type_owners(reader, noun, aims)
    hostile = [noun] if assault else []
    roles = _with_recipients(reader, noun, actors, targets, owners if actors else [], hostile)
    return _own_people(reader, "ASSAULT" if assault and not site_places(noun) else "", roles)


def _received(reader: RoleReader, noun: Token, verb: Token) -> Sides:
    """ "The proposal drew criticism from Republicans", "Iraq faced sanctions from the UN": the
    act's doers are its "from" (or "by") objects, and whoever receives it is the target; so
    is whoever suffers it ("Smith, who died in the attack", `victims.suffers`) or is under it
    ("came under attack by warplanes", `victims.undergone`)."""
    doers = givers(noun, verb)
    receivers = verb_subjects(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    actors = reader.modifiers(noun, act=True) + [p for t in doers for p in reader.phrase(t)]
    received = [p for t in receivers for p in _subject_actors(reader, t)]
    if suffers(verb):  # "75 people died in the blast": victims, of no country unless told
        received = [_told_country(reader, p) for p in received]
    return split_roles(actors, received)


def _noun_agents(noun: Token) -> list[Token]:
    """The "by" and "from" objects of an act noun ("threats from the United States"), however
    the parse labels the "by" ("calls by Republicans for a probe": an agent), also where it
    hangs them on its "of" object ("the arrest of two journalists by police"), or outside its
    phrase ("accusations made by X", "claimed responsibility for the attack")."""
    owners = [noun, *pobjs(noun, {"of"}), *counting_span(noun)]  # "day of an offensive by X"
    found = [t for o in owners for t in [*pobjs(o, word_set("maker_preposition")), *own_agents(o)]]
    return list(dict.fromkeys(found)) + outside_doers(noun)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a nominal event is the object of, directly, through "at/in" ("said at a
    meeting", "involved in an inspection"), "under" ("came under attack", `undergone`) or a
    verb of answering's "with" ("responded with an attack", `acting_with`); None for
    adverbials like "during the drills"."""
    spans = counting_span(noun)  # "called three days of strikes": the verb of the span
    if spans:
        return _governing_verb(spans[0])
    if noun.dep_ in LIGHT_ATTACHMENTS and noun.head.pos_ in {"VERB", "AUX"}:
        return noun.head
    if noun.dep_ == "pobj" and (noun.head.lower_ in LIGHT_PREPS or undergone(noun)):
        verb = noun.head.head
        return verb if verb.pos_ in {"VERB", "AUX"} else None
    return acting_with(noun)  # "responded with an attack on X"


def split_roles(actors: list[Participant], recipients: list[Participant]) -> Sides:
    """Keep each participant in one role: an actor is never also its own recipient."""
    actors = unique(actors)
    return actors, other_sides(actors, unique(recipients))
