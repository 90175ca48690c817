"""Dismissing or firing a person from a job: an employer's act, not the rejection of a proposal
nor an attack.

"Schilling was dismissed after sharing a post", "ESPN dismissed Schilling": what is dismissed is
a person, who loses a post; PLOVER's REJECT is turning down a proposal, demand or claim ("Iran
dismissed the accusations", "dismissed the offer as a ploy"), which keeps its own reading. The
employer cuts its tie to the person as a penalty: a SANCTION, as the articles' coders read it.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import REDUCED_RELATIONS
from eventwire.events.lexicon import PERSON_RELATIVES, is_agent, is_person
from eventwire.events.matches import TriggerMatch
from eventwire.events.verb_arguments import objects, prep_objects
from eventwire.lexicons import word_set
from eventwire.parse.nlp import TIME_ENTITIES

PLACES_AND_PEOPLES = {"GPE", "LOC", "NORP", "FAC"}
AIMED_PREPS = {"on", "at", "upon", "into"}  # "fired on the crowd": shots aimed at people
INDEFINITE = word_set("indefinite_article")  # "as an ineffective leader" sorts the person


def dismissal(match: TriggerMatch) -> TriggerMatch:
    """The match recoded as a removal when a verb of firing or dismissing removes a person from
    a post ("fired his campaign manager"), not an attack nor a rejection."""
    lemma = match.head.lemma_.lower()
    removing = lemma in word_set("removal_verb")
    if match.nominal or not removing or not _person_removed(match.head):
        return match  # a person named or titled: not "fired 300 workers", a layoff
    armed = lemma in word_set("armed_removal_verb")
    return match if armed and not fired_from_post(match.head) else match.recoded(REDUCED_RELATIONS)


def _person_removed(verb: Token) -> bool:
    """A person named, titled or a "who(m)" relative removed ("a staffer whom Gowdy fired")."""
    return removed_from_post(verb) or bool(_relative_object(verb))


def removed_from_post(verb: Token) -> bool:
    """A named person or an official dismissed, not dismissed "as" something other than a post
    ("dismissed him as a liar", "as an ineffective leader"; "as campaign manager" is a post)."""
    if any(not _post(t) for t in prep_objects(verb, {"as"})):
        return False
    dismissed = objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(is_person(t) or _named_person(t) for t in dismissed)


def fired_from_post(verb: Token) -> bool:
    """ "fired her campaign manager", "an aide whom he fired": a person or a body fired loses a
    post, as one dismissed does; what is fired at people ("fired on the crowd", "fired shots")
    stays an attack."""
    if any(_aimed(c) for c in verb.children):
        return False
    fired = objects(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(is_agent(t) for t in fired + _relative_object(verb)) or removed_from_post(verb)


def fired_unnamed(verb: Token) -> bool:
    """ "fired the host", "fired 300 workers": someone loses a post, but no person named or titled
    whose removal is a sanction (`dismissal`); no attack either; nor is "it fires him up"."""
    roused = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return roused or (fired_from_post(verb) and not _person_removed(verb))


def _post(noun: Token) -> bool:
    """A title held, bare or definite ("as campaign manager", "as his chief of staff"); one
    with "a" or "an" sorts the person ("as an ineffective leader")."""
    indefinite = any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)
    return is_person(noun) and not indefinite


def _relative_object(verb: Token) -> list[Token]:
    """ "an aide who Jones fired": the relative pronoun before the clause's own subject is its
    object, whatever label the parser gives it."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in PERSON_RELATIVES]
    if verb.dep_ != "relcl" or not subjects:
        return []
    return [c for c in verb.children if c.lower_ in PERSON_RELATIVES and c.i < subjects[0].i]


def _aimed(child: Token) -> bool:
    """ "fired on the crowd", "were fired upon": a phrase aiming the shots, not a date ("on
    Monday")."""
    if child.dep_ != "prep" or child.lower_ not in AIMED_PREPS:
        return False
    return not any(t.ent_type_ in TIME_ENTITIES for t in prep_objects(child.head, {child.lower_}))


def _named_person(token: Token) -> bool:
    """A name that is no place or people: the tagger often reads a surname as an organisation
    ("ESPN dismissed Schilling"); a state or nation dismissed is a rejection of it."""
    return token.pos_ == "PROPN" and token.ent_type_ not in PLACES_AND_PEOPLES
