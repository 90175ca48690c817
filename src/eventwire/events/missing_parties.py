"""An act that needs a party it lacks: a release of no one, a killing of no one ("killed the
bill"), recognition of no state, a sitting that looks into nothing, goods checked, a thing banned.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import DIPLOMATIC_RECOGNITION, INVESTIGATION, PRAISE
from eventwire.events.discharged import discharged
from eventwire.events.figurative_senses import restricts_a_thing
from eventwire.events.figures_judged import judges_a_figure
from eventwire.events.held_for import held_persons
from eventwire.events.joint import latest_plural_noun
from eventwire.events.lexicon import MADE_PUBLIC, agent_nouns, is_agent, word_forms, words
from eventwire.events.modes import RELEASE
from eventwire.events.patterns import TriggerMatch
from eventwire.events.perceived import perceives_a_person
from eventwire.events.questioned_conduct import questioned_subjects
from eventwire.events.thing_bans import bans_a_thing
from eventwire.events.verb_arguments import (
    objects,
    patients,
    people,
    prep_objects,
    relative_antecedent,
)
from eventwire.parse.arguments import of_objects
from eventwire.parse.deps import COMPOUND_DEPS, PARTICIPLE_MODIFIER_DEPS
from eventwire.parse.nlp import GROUP_ENTITIES, TIME_ENTITIES
from eventwire.parse.tags import PARTICIPLE_TAG

STATE_ENTITIES = GROUP_ENTITIES
PERSON_OBJECT_VERBS = words("event_words.tsv", "person_object")  # events only done to people
VICTIM_VERBS = words("event_words.tsv", "victim_object")  # their direct object must be people
REGULATED_ACTS = {INVESTIGATION, PRAISE}  # CAMEO: investigate; praise or back ("approved")
SITTINGS = words("event_words.tsv", "sitting")
RECIPROCAL_OWNERS = {"other", "another"}  # "each other's", "one another's", "the other's"
GOODS = words("event_words.tsv", "goods")
LOOKED_INTO = {"on", "into", "about", "over", "of", "for", "against"}


def missing_party(match: TriggerMatch) -> str | None:
    """The act needs a party (people released or killed, a state recognised) that is missing,
    or what it is done to is a thing ("goods checked")."""
    code, head = match.code, match.head
    if code.mode == RELEASE and (discharged(head) or not any(map(people, _released(match)))):
        return "releases no one"
    affected = _affected(match)
    if _needs_people(match) and not any(people(t) or _someones(t) for t in affected):
        return None if questioned_subjects(head) else "done to no one"  # "why he lied"
    if _victim_verb(match) and not any(people(t) for t in _shared_objects(head)):
        return "done to no one"  # "killed the bill"; "kill" with no one at all ("will kill")
    if restricts_a_thing(match):
        return "done to no one"  # "this video is restricted from playing"
    if bans_a_thing(match):
        return "done to no one"  # "banned waterboarding", "an assault weapons ban"
    if match.nominal and head.lemma_.lower() in SITTINGS and not _looked_into(head):
        return "a sitting, no inquiry"
    if code.cameo in REGULATED_ACTS and _goods_only(match):
        return "goods checked"
    if code.cameo == DIPLOMATIC_RECOGNITION and not any(_state(o) for o in objects(head)):
        return "recognition of no state"
    if code.cameo == DIPLOMATIC_RECOGNITION and perceives_a_person(head):
        return "a person known by sight"  # "did not recognize the passenger"
    return "done to no one" if judges_a_figure(match) else None  # "hailed the record streak"


def _needs_people(match: TriggerMatch) -> bool:
    return not match.nominal and match.head.lemma_.lower() in PERSON_OBJECT_VERBS


def _someones(token: Token) -> bool:
    """What a person has or does: "questioned Trump's values", "her readiness"; a reciprocal
    owner is the doers themselves ("questioning each other's fitness", "the other's")."""
    return any(
        c.dep_ == "poss" and (is_agent(c) or c.lower_ in RECIPROCAL_OWNERS) for c in token.children
    )


def _victim_verb(match: TriggerMatch) -> bool:
    """A verb whose direct object, when it has one, must be people ("killed the bill" is no
    attack), and that must be done to someone; its passive and participle uses are left to the
    parse ("an expert kidnapped and presumed killed")."""
    head = match.head
    if match.nominal or head.lemma_.lower() not in VICTIM_VERBS:
        return False
    return bool(_shared_objects(head)) or not _affected(match)


def _shared_objects(verb: Token) -> list[Token]:
    """The verb's objects, or those of the verb it is coordinated with ("kill and sacrifice
    animals")."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return objects(verb) or [o for c in conjuncts for o in objects(c)]


def _goods_only(match: TriggerMatch) -> bool:
    """ "the rations had not been inspected", "70 pallets of MREs were inspected and
    approved": a verb of investigating or approving done only to food, medicines or other
    wares is a regulator's check of trade; "inspected the sites", "approved the plan" and
    "analyzed samples" stay. A verb coordinated with another shares its object."""
    if match.nominal:
        return False
    head = match.head
    checked = _affected(match)
    if not checked and head.dep_ == "conj":
        checked = patients(head.head)
    return bool(checked) and all(_wares(t) for t in checked)


def _looked_into(noun: Token) -> bool:
    """ "a hearing on the bombing", "his extradition hearing", "a hearing for the suspect":
    what or whom a sitting looks into, not when or where it sits ("hearing on Thursday")."""
    named = [p for c in noun.children if c.lower_ in LOOKED_INTO for p in c.children]
    named += [c for c in noun.children if c.dep_ in COMPOUND_DEPS and not _sitting_body(c)]
    return any(t.ent_type_ not in TIME_ENTITIES for t in named)


def _sitting_body(token: Token) -> bool:
    """The body that sits ("a Senate Intelligence Committee hearing", "committee hearing")."""
    return token.ent_type_ in GROUP_ENTITIES or token.lemma_.lower() in agent_nouns()


def _wares(noun: Token) -> bool:
    """A word for goods, or a quantity of them ("70 pallets of vegetarian MREs")."""
    parts = [noun, *of_objects(noun)]
    return any(t.lemma_.lower() in GOODS for t in parts)


def _affected(match: TriggerMatch) -> list[Token]:
    """What an act is done to: the object, the passive subject, the noun a participle modifies
    ("a report released by the agency"), a noun event's "of" object or modifier."""
    head = match.head
    found = [c for c in head.children if c.dep_ in {"dobj", "nsubjpass", "compound", "poss"}]
    found += of_objects(head)
    if head.dep_ in PARTICIPLE_MODIFIER_DEPS:
        found.append(relative_antecedent(head.head) or head.head)
    if (
        head.dep_ in {"xcomp", "oprd"} and head.tag_ == PARTICIPLE_TAG
    ):  # "51 people were reported killed",
        # not the doer of "he is set to release a series of orders"
        found += [c for c in head.head.children if c.dep_ == "nsubjpass"]
    if match.nominal:  # "an amnesty for rebels", "granted amnesty to 300 prisoners"
        found += prep_objects(head, {"for"})
        given = [c for c in head.head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
        found += [p for c in given for p in c.children] if head.dep_ == "dobj" else []
    return found + held_persons(head)  # "the man wanted for questioning"


def _released(match: TriggerMatch) -> list[Token]:
    """What a release lets out, less the things it makes public: "a Suffolk University Poll
    released Sunday" and "released the Executive Orders" publish a named thing, which the
    name's capitals would otherwise pass off as a party freed; so does the title of a work
    ("will release ''The Art of the Comeback'' in May"). A release's date ("the late Friday
    release of spreadsheets") is no one freed, nor, when an "of" object names what is let out,
    is its owner, who does the releasing ("the group's release of emails")."""
    doer = _releaser(match)
    return [
        t
        for t in _affected(match)
        if not word_forms(t) & MADE_PUBLIC
        and t.ent_type_ not in {"WORK_OF_ART", *TIME_ENTITIES}
        and t != doer
        and not _published_pronoun(t)
    ]


def _published_pronoun(token: Token) -> bool:
    """ "The FBI gathers crime statistics ... has not yet released them": a "them" whose latest
    plural noun before it is a thing made public (statistics, returns, emails) publishes it;
    one after people ("seized ten sailors ... released them") still frees them."""
    if token.lower_ != "them":
        return False
    noun = latest_plural_noun(token)
    return noun is not None and bool(word_forms(noun) & MADE_PUBLIC)


def _releaser(match: TriggerMatch) -> Token | None:
    """The owner of a release noun that has an "of" object: "Putin's release of Khodorkovsky"."""
    head = match.head
    if not match.nominal or not any(c.lower_ == "of" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ == "poss"), None)


def _state(token: Token) -> bool:
    """A state, government or organisation, as diplomatic recognition needs."""
    return token.ent_type_ in STATE_ENTITIES or token.lemma_.lower() in agent_nouns()
