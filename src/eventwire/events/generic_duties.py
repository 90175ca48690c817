"""A duty stated of no party in particular is advice, not a demand.

" 'The river must be shared by farmers, not by generals,' X said", " 'Those who lost have the
courts; they should not burn tires,' X told reporters", " 'Our farmers should not have to
wait,' X said": the clause binds a kind of people (a bare plural agent set against another,
whoever fits a description) or the speaker's own side, or holds under a condition the
speaker says is untrue ("if it weren't for X, he should ..."), so no other party is asked to
act (`demands`).
"Germany said Turkey must release them", "said the commission should resign" name the party;
"says a president must be ready", "declared that any campaign must start early" speak of
whoever holds the role, no party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FIRST_PERSON, words
from eventwire.lexicons import word_set
from eventwire.parse.deps import DETERMINER_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import PLURAL_NOUN_TAG, PROPER_NOUN_POS

GENERIC = words("event_words.tsv", "generic_people")  # those, anyone: "those who ..."
OWN = FIRST_PERSON  # "we must", "our children should", "time for us to go": the speaker's side
UNREAL_FORMS = words("event_words.tsv", "unreal_form")  # "if it were not for"
WHOEVER = word_set("generic_determiner")  # a, an, any, every: "a president must"
OWNER_OF = {"he": "his", "she": "her", "they": "their"}  # a subject and its possessive


def binds_no_party(clause: Token) -> bool:
    """Whether the obliged clause binds only the speaker's side or people in general."""
    subjects = clause_subjects(clause)
    own = any(
        _own(s) or _described(s) or _speakers_own(s, clause) or _any_holder(s) for s in subjects
    )
    return own or _generic_agent(clause) or _counterfactual(clause)


def _any_holder(subject: Token) -> bool:
    """ "a president must tend to all corners", "any campaign must start early": a common noun
    an indefinite or free-choice determiner opens, as the doer of the duty, is whoever fills
    the role, a standard set, no party asked ("a new government should be formed" is passive:
    its subject is the thing to be made, and the demand stays)."""
    return (
        subject.dep_ == "nsubj"
        and subject.pos_ == "NOUN"
        and any(c.dep_ == "det" and c.lower_ in WHOEVER for c in subject.children)
    )


def _counterfactual(clause: Token) -> bool:
    """ " 'If it weren't for the embargo, the boy should go home,' said a passer-by": a duty
    under a condition the speaker holds untrue ("if it were", "if they had known") is a view
    of what ought to be, not a demand that anyone act."""
    conditions = [c for c in clause.children if c.dep_ == "advcl" and _marked_if(c)]
    return any(
        t.lower_ in UNREAL_FORMS for c in conditions for t in [c, *c.children] if t.dep_ != "mark"
    )


def _marked_if(clause: Token) -> bool:
    """A clause opened by "if"."""
    return any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)


def _own(subject: Token) -> bool:
    """ "we must", "our farmers should", "(it is time) for us to go": the speaker or the
    speaker's own people; "the US must" names a country."""
    owners = [c for c in subject.children if c.dep_ == "poss"]
    return any(t.lower_ in OWN and t.pos_ != PROPER_NOUN_POS for t in [subject, *owners])


def _speakers_own(subject: Token, clause: Token) -> bool:
    """ " 'He must go to work,' said his daughter": the one bound is the person the speaker is
    named by ("his" daughter, "her" aide), the speaker's own side; what they tell of that
    person's duties explains, it asks no one to act."""
    owner = OWNER_OF.get(subject.lower_)
    if owner is None or clause.dep_ != "ccomp":
        return False
    speakers = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return any(p.dep_ == "poss" and p.lower_ == owner for s in speakers for p in s.children)


def _described(subject: Token) -> bool:
    """ "those who lost should ...", or "they" after such a description in the sentence."""
    if subject.lower_ == "they":
        before = subject.doc[subject.sent.start : subject.i]
        return any(_describes_people(t) for t in before)
    return _describes_people(subject)


def _describes_people(token: Token) -> bool:
    """ "those who are unhappy", "people who lost the vote", "anyone who": a description; a
    bare "people" or "everyone" ("says people should be free to choose") is whoever it may be."""
    if token.lower_ not in GENERIC:
        return False
    return any(c.dep_ == "relcl" for c in token.children) or not _determined(token)


def _generic_agent(clause: Token) -> bool:
    """ "must be drawn by negotiators, not (by) soldiers": a passive whose doer is a bare plural
    set against another, a kind of people rather than a party ("must be lifted by member
    states" and "by the army" name one)."""
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return False
    by = [c for c in clause.children if c.lower_ == "by"]
    doers = [o for a in by if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    contrasted = any(t.dep_ == "neg" for a in by for t in a.subtree)
    return contrasted and any(d.tag_ == PLURAL_NOUN_TAG and not _determined(d) for d in doers)


def named_party(noun: Token) -> bool:
    """A name ("Norway"), or a noun a determiner, possessor, name or nationality makes a party
    ("the President", "all Nordic states"); a bare plural ("people should vote") is a kind."""
    return noun.pos_ == "PROPN" or bool(noun.ent_type_) or _determined(noun)


def _determined(noun: Token) -> bool:
    """A determiner, possessor, name or nationality makes the noun a party."""
    marks = [c for c in noun.children if c.dep_ in {"det", "poss", "compound", "amod"}]
    return any(m.dep_ in DETERMINER_DEPS or m.ent_type_ for m in marks)
