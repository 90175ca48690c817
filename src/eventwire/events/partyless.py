"""A gerund that names no party is a topic, not a reported act.

"the conversation has pivoted to allowing casinos", "a tool allowing users to tell readers",
"more important than defending the nation", "Demanding equality.": a bare -ing form of an act
of words, giving or moving (`confidence.PARTY_TYPES`) whose doer and target are both untold,
in its phrase and in the clause it hangs on, speaks of the act in general. A reported act is
someone's ("Castro allowed Cubans to ...", "criticizing Trump, she said"), and a progressive
is told happening ("what some are criticizing as a photo op"), as is a gerund whose pronoun
names a party ("impassioned in blasting me") or that is the means of a doer's act ("won by
criticizing X"); violence and coercion are told
without their doers and are left alone. A bare passive gerund of any act with no party told
("I don't like being arrested", "tell you about being arrested", "Being convicted of a crime
can raise the stakes", "at risk of being deported") is an experience spoken of in general,
not an arrest; one set in time by its clause ("came after being asked", "released after being
detained") happened to that clause's subject.

Backing is always someone's act toward someone: a verb of support with no party read and
none in its parse ("the measures passed under the initiative", "how to house and support
adults", "if the money isn't approved", "the position was not widely supported") speaks of a
thing backed, not of a party's stance. A subject, object or owner that names people keeps it
("Skelly called Braynard a smart guy", "I want to thank them", "the president deserves to be
supported", "the plan must be approved by it"): the parties are told, only not resolved.
Agreeing and meeting are acts between parties in the same way ("cleared to come to work,
visit or live", "decisions discussed and made", "asks about getting invited"), and so is
rejecting ("when ordinary troops are ruled out", "concerns were not to be dismissed", "the
emails have been withheld from public view"), penalising and restricting: a sanction, a
suspension or a bar falls on someone, so one that names no one ("skateboarding is sanctioned
within the park", "travel of horses has been suspended") tells a rule or a thing held off.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import stand_in
from eventwire.events.cameo_codes import BANNED_PARTIES, RESTRICTION
from eventwire.events.lexicon import (
    PERSON_RELATIVES,
    THING_PRONOUNS,
    EventCode,
    is_agent,
    person_nouns,
)
from eventwire.events.noun_rows import noun_triggers
from eventwire.events.plover_types import AGREE, CONSULT, REJECT, SANCTION, SUPPORT
from eventwire.events.verb_arguments import objects, patients, people, prep_nouns
from eventwire.events.verb_subjects import verb_subjects
from eventwire.lexicons import word_set
from eventwire.model import Participant
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import AUXILIARY_DEPS, PASSIVE_DEPS
from eventwire.parse.forms import in_words
from eventwire.parse.tags import (
    GERUND_TAGS,
    POSSESSIVE_PRONOUN_TAG,
    PRONOUN_TAG,
    WH_DETERMINER_TAG,
)

ARGUMENT_PREPS = {"for", "behind", "with", "to", "by", "of", "against", "on"}  # "vouched for X"
CLAUSE_LINKS = {"prep", "xcomp", "advcl", "dobj", "npadvmod", "ccomp"}  # a gerund's ties to a verb
NAMED_AS = {"xcomp", "dobj", "csubj", "csubjpass"}  # "don't like being arrested", "Being ... can"
TOPIC_PREPS = {"about", "of"}  # "talk about being arrested", "the risk of being deported"
PASSIVE_GERUND = "being"  # the auxiliary of a passive gerund
GERUND_MARK_DEPS = AUXILIARY_DEPS | PASSIVE_DEPS | {"agent"}  # "being" and nothing else on it
CLAUSE_SUBJECTS = {"nsubj", "nsubjpass"}  # who a gerund set in a clause happened to
# acts only told between parties: backing, agreeing, meeting, rejecting, penalties and cuts
PARTYLESS_TYPES = {SUPPORT, AGREE, CONSULT, REJECT, SANCTION}
PARTY_BONDS = word_set("party_bond")  # relations, ties: a bond between parties
RESTRICTIONS = {RESTRICTION, BANNED_PARTIES}  # restricting or barring someone ("prevent X from")
PLURAL = "Plur"  # the parse's plural number: "those" may be people
STANDING_FOR_A_NOUN_TAGS = {PRONOUN_TAG, WH_DETERMINER_TAG}  # "it", relative "that": may be a party


def partyless_gerund(
    verb: Token, nominal: bool, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """The trigger is a verb's bare -ing form and no party of its act is told."""
    if nominal or verb.tag_ not in GERUND_TAGS or actors or recipients:
        return False
    if _means_of_a_doer(verb):
        return False
    return not any(c.dep_ in AUXILIARY_DEPS or _told_by_pronoun(c) for c in verb.children)


def _told_by_pronoun(child: Token) -> bool:
    """A personal pronoun as the object or owner ("blasting me", "with their backing")."""
    return child.dep_ in {"dobj", "poss"} and child.tag_ in {PRONOUN_TAG, POSSESSIVE_PRONOUN_TAG}


def _means_of_a_doer(verb: Token) -> bool:
    """ "they played to voters by criticizing X", "Warren spent her campaign railing against
    lobbyists", "the commission began delving into the killings": a gerund that completes or
    modifies a clause is done by that clause's subject, when it is a party (a name, a pronoun,
    a title, group or institution noun; not a thing, "the plan")."""
    verb = first_conjunct(verb)
    if verb.dep_ == "pcomp":
        verb = verb.head
    if verb.dep_ not in CLAUSE_LINKS:
        return False
    return any(c.dep_ == "nsubj" and is_agent(c) for c in verb.head.children)


def partyless_passive(
    verb: Token, nominal: bool, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """The trigger is a bare passive gerund ("being arrested") with no party told, named as a
    topic, a liking or a subject rather than set in time by the clause it hangs on."""
    if nominal or actors or recipients or not _bare_passive_gerund(verb):
        return False
    verb = first_conjunct(verb)  # "being arrested and imprisoned"
    if verb.dep_ == "pcomp":
        return verb.head.lower_ in TOPIC_PREPS
    if verb.dep_ == "advcl":  # "Being convicted ..., can raise the stakes": no one's act
        return not any(c.dep_ in CLAUSE_SUBJECTS and is_agent(c) for c in verb.head.children)
    return verb.dep_ in NAMED_AS


def _bare_passive_gerund(verb: Token) -> bool:
    """ "being arrested", or a verb joined to one: a passive with no subject and no agent."""
    head = verb.head if verb.dep_ == "conj" else verb
    own = [c for c in head.children if c.dep_ in GERUND_MARK_DEPS]
    return [c.lower_ for c in own] == [PASSIVE_GERUND] and own[0].dep_ == "auxpass"


def partyless_backing(
    verb: Token, code: EventCode, actors: list[Participant], recipients: list[Participant]
) -> bool:
    """The trigger is a verb of backing, agreeing, meeting, rejecting, penalising or
    restricting, and neither its parties nor any word for people among its arguments is told."""
    between = code.type in PARTYLESS_TYPES or code.cameo in RESTRICTIONS
    if not between or actors or recipients:
        return False
    arguments = [*verb_subjects(verb), *objects(verb), *patients(verb)]
    arguments += prep_nouns(verb, ARGUMENT_PREPS)
    arguments += [c for c in verb.children if c.pos_ == "PROPN"]  # misparsed: "called Braynard"
    if verb.dep_ == "xcomp":  # "the president deserves to be supported"
        arguments += [*verb_subjects(verb.head), *patients(verb.head)]
    if verb.dep_ == "aux":  # misparsed: "the caucus oppose tinkering", the clause's subject
        arguments += verb_subjects(verb.head)
    owners = [c for a in arguments for c in a.children if c.dep_ == "poss"]
    return not any(_names_a_party(t) for t in [*arguments, *owners])


def _names_a_party(word: Token) -> bool:
    """A word for people, plain ones too ("my friend rejected it", "the staffer deserves to be
    supported"), a personal pronoun, which may stand for a body ("must be approved by it": the
    court), a relative "who" wherever the parse hangs its clause ("critics on the site who were
    blacklisted"), a party's act told by its noun ("the invitation was accepted": an
    invitation is someone's, to someone), or a bond only parties have ("diplomatic relations
    were cut": a cut in relations is between states). A demonstrative or "what" told as the
    thing itself names none ("That was quickly ruled out", "the details of what was signed")."""
    if _thing_told(word):
        return False
    personal = word.tag_ in {PRONOUN_TAG, POSSESSIVE_PRONOUN_TAG}
    personal = personal or word.lower_ in PERSON_RELATIVES  # "who" stands for a person
    plain = in_words(stand_in(word), person_nouns())
    bond = word.lemma_.lower() in PARTY_BONDS or word.lower_ in PARTY_BONDS
    return people(word) or plain or personal or bond or bool(noun_triggers(word))


def _thing_told(word: Token) -> bool:
    """A singular demonstrative or "what" standing alone for a thing or a statement ("That was
    ruled out", "what was signed"); "it" may stand for a body ("must be approved by it") and
    "those" for people ("championed by those in the movement"), and a relative "that" for its
    noun ("the officials that were suspended"), so they are no thing here."""
    if word.lower_ not in THING_PRONOUNS or word.tag_ in STANDING_FOR_A_NOUN_TAGS:
        return False
    return PLURAL not in word.morph.get("Number")
