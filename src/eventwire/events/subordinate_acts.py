"""Second acts a sentence tells in a clause under its main event.

Articles code every act a sentence reports happening ("the blast killed ..." is coded where it
is told), not only the main predication. `scope.main_clause` folds the clauses under a main
event into it; these clauses tell an act of their own with its own doer, as fact:
- a time or cause clause with its own subject: "called a strike after thousands of teachers
  marched", "have sent food since the rebels withdrew", "after rioters had attacked"; a
  legal act there also with no doer named ("after he was charged", `booked_clauses`);
- a pluperfect relative clause whose doer is its antecedent: "detained students who had been
  protesting" (the "who" relative without "had" is already kept by `scope`);
- a bare participle of force after a main verb of another kind, aimed at someone: "stormed
  the village, arresting dozens of men" (not the toll of an attack: "shelled it, killing two");
- the complement of a verb of causing, done by its object: "prompting Washington to condemn";
- what a contact was made to say to the one contacted: "met the envoy to demand a review";
- a passive conjunct of another kind with its own patient: "..., and 14 people were arrested".
A condition ("if the rebels attack"), a purpose ("to demand"), a planned or would-be act and an
act with no doer named stay background.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.booked_clauses import TIME_MARKS, booked_clause
from eventwire.events.errands import errand
from eventwire.events.lexicon import FORCE_TYPES, RELATIVE_PRONOUNS
from eventwire.events.light_verbs import light_verb
from eventwire.events.misparses import past_after_present
from eventwire.events.own_clauses import caused_act
from eventwire.events.participles import bare_participle
from eventwire.events.said_acts import said_beside
from eventwire.model import Event, Modality
from eventwire.parse.subjects import NOUN_SUBJECT_DEPS, SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG

PASSIVE_SUBJECT_DEPS = SUBJECT_DEPS - NOUN_SUBJECT_DEPS  # "who had been killed"

TOLD = {Modality.OCCURRED, Modality.ONGOING, Modality.CLAIMED}


def subordinate_act(head: Token, event: Event, types: dict[int, str]) -> bool:
    """Whether the trigger `head` heads a clause under the main event that tells an act of its
    own: told as fact, with its doer named. `types`: the sentence's event types by trigger
    index, so that a participle of the main act's own kind stays its toll ("shelled the town,
    killing three civilians": one attack), where another kind is a second act ("ambushed a
    convoy, seizing two trucks")."""
    if event.modality not in TOLD:
        return False
    second_kind = types.get(head.head.i) not in {None, event.type}
    if second_kind and _passive_conjunct(head):
        return True
    if booked_clause(head):  # "hours after the staffer was charged"
        return True
    if event.type in FORCE_TYPES and _pluperfect_relative(head, suffered=True):
        return True  # "women who had been killed": the harm told, its unknown doer left empty
    if not event.actors:
        return False
    return (
        _time_clause(head)
        or _pluperfect_relative(head)
        or _caused(head)
        or said_beside(head)  # "rejected it, saying rebels had attacked"
        or past_after_present(head) is not None  # "anyone who blocks roads and dismissed calls"
        or errand(head, event.type)  # "met the envoy to demand a review"
        or (
            _force_participle(head)
            and event.type in FORCE_TYPES
            and second_kind
            and event.recipients
        )
    )


def _time_clause(head: Token) -> bool:
    """An adverbial clause of time or cause with a subject of its own ("after thousands
    marched", "since the rebels withdrew"), or the act its verb stages."""
    clause = staged_in_clause(head) or head  # "as the opposition staged protests"
    if clause.dep_ != "advcl" or not any(c.dep_ == "nsubj" for c in clause.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children)


def _passive_conjunct(head: Token) -> bool:
    """ "fired tear gas at students, and 14 people were arrested": a passive clause joined to the
    main one, with its own patient and no doer named, tells a second act of another kind (its
    doer left to the story); of the same kind it is the main act's toll ("attacked a convoy and
    three soldiers were killed")."""
    passive = any(c.dep_ == "nsubjpass" for c in head.children)
    return head.dep_ == "conj" and passive and not any(c.dep_ == "agent" for c in head.children)


def staged_in_clause(noun: Token) -> Token | None:
    """The adverbial clause's light verb, with a subject of its own, that puts on the event
    noun, directly or as a round of it ("as the opposition staged demonstrations", "after the
    unions called a third round of strikes"; not "after it used automated calls")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head  # "a third round of demonstrations"
    verb = light_verb(noun)
    if verb is None or noun.dep_ != "dobj" or verb.dep_ != "advcl":
        return None
    return verb if any(c.dep_ == "nsubj" for c in verb.children) else None


def _pluperfect_relative(head: Token, suffered: bool = False) -> bool:
    """ "students who had been protesting": a relative clause in the pluperfect whose subject
    is the relative pronoun, so its doer is the noun it describes; or a passive one that names
    its doer ("students who had been arrested by police"), or, where the act is `suffered`
    (force done to the noun), one that does not ("students who had been arrested")."""
    if head.dep_ != "relcl":
        return False
    had = any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
    agent = any(c.dep_ == "agent" for c in head.children)
    subjects = SUBJECT_DEPS if agent else NOUN_SUBJECT_DEPS
    subjects = PASSIVE_SUBJECT_DEPS if suffered else subjects
    return had and any(c.dep_ in subjects and c.lower_ in RELATIVE_PRONOUNS for c in head.children)


def _force_participle(head: Token) -> bool:
    """ "ambushed a bus, killing nine passengers": an -ing clause after the main verb."""
    return head.tag_ == GERUND_TAG and bare_participle(head)


def _caused(head: Token) -> bool:
    """The infinitive of a causing verb that hangs on the main clause ("..., prompting X to")."""
    return caused_act(head) and head.head.dep_ in {"advcl", "conj"}
