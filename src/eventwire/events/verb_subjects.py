"""The subjects of a verb: its own, or those it takes through control, coordination, a
relative pronoun or a reporting clause ("Cruz, who Trump attacked", "was accused of beating").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.accused_acts import accused_doers
from eventwire.events.appended_reports import hung_subject
from eventwire.events.apposed_names import describes_name
from eventwire.events.as_doers import as_doers
from eventwire.events.clauses import relative_clause
from eventwire.events.controlled import completes_copula, noun_controller, noun_owner
from eventwire.events.harming_acts import passive_doers
from eventwire.events.issued_documents import counted_paper, issued_by
from eventwire.events.joined_reports import joined_report
from eventwire.events.judged_acts import judging_speakers
from eventwire.events.lexicon import RELATIVE_PRONOUNS
from eventwire.events.own_clauses import caused_act
from eventwire.events.passives import is_passive, partakers, passive_patients, shared_patients
from eventwire.events.phrase_links import subjects_of
from eventwire.events.prevented import prevented_doers
from eventwire.events.quoted_sayers import quoted_sayers
from eventwire.events.reason_doers import reason_doers
from eventwire.events.relative_clauses import stood_for, swallowed_subject
from eventwire.events.reported_conjuncts import reported_subjects
from eventwire.events.verb_arguments import objects
from eventwire.parse.coordination import first_conjunct
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS
from eventwire.parse.tags import GERUND_TAG, VERB_POS

SINGULAR_PRONOUNS = {"it", "he", "she"}
THEY = {"they"}


def verb_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """The subject tokens of a verb, inherited through control, coordination and relatives."""
    if is_passive(verb):  # "Putin was quoted as saying": the speaker, not who quotes him
        return quoted_sayers(verb) or passive_doers(verb) or partakers(verb)
    subjects = subjects_of(verb, ACTIVE_SUBJECT_DEPS)  # not "who" in "Cruz, who Trump attacked"
    if subjects and (owner := claimant(verb, subjects[0])) is not None:
        return [owner]  # "North Korea's claim that it had tested a bomb": North Korea
    if subjects:
        clause = relative_clause(verb) if subjects[0].lower_ in RELATIVE_PRONOUNS else None
        return subjects if clause is None else _described(stood_for(clause, subjects[0]), depth)
    if (hung := hung_subject(verb) or swallowed_subject(verb)) is not None:  # "..., a group said"
        return [hung]
    if verb.dep_ in NOUN_CLAUSE_DEPS and verb.tag_ == GERUND_TAG and noun_controller(verb) is None:
        issuer = issued_by(verb.head)  # "issued statements supporting ...": the issuers
        if issuer is None:  # "Trump's flurry of tweets targeting X": the flurry's owner
            return [counted_paper(verb.head)]
        return verb_subjects(issuer, depth + 1)
    if caused_act(verb):  # "prompting Washington to condemn": Washington condemns
        return objects(verb.head)
    if accused := accused_doers(verb) or prevented_doers(verb) or as_doers(verb):  # "accused
        return accused  # police of arresting", "blocked supporters from marching", "listed X
        # as having donated": those objects act
    if earned := reason_doers(verb):  # "arrested two men for attacking": the men attack
        return earned
    if (owner := noun_owner(verb)) is not None:  # "the INS's decision to deny him asylum"
        return [owner]
    if (reported := reported_subjects(verb)) is not None:  # "quoted X as saying tanks are
        return reported  # patrolling": the tanks patrol, the parse's conjunct of "quoted"
    controller = controlling_verb(verb)
    if controller is None:  # "said that lifting it is out of the question": the sayer's
        return judging_speakers(verb)
    if depth >= 3:
        return []
    patients = shared_patients(verb, controller)
    if patients is not None:  # "was accused of beating"; "men suspected of bombing"
        reduced = passive_patients(controller) if verb.dep_ == "pcomp" else []  # not "needed to"
        return [relative_head(c) for c in patients] + reduced
    return verb_subjects(controller, depth + 1)


def claimant(verb: Token, subject: Token) -> Token | None:
    """The owner of the noun a "that" clause completes, when the clause's subject is a pronoun
    that can stand for it ("Iran's claim that it had tested a missile", "the senator's denial
    that he lied"): the pronoun's nearest antecedent is the one who claims."""
    owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
    if verb.dep_ != "acl" or owner is None or owner.pos_ == "PRON":
        return None
    plural = owner.tag_ in PLURAL_NOUN_TAGS
    return owner if subject.lower_ in (THEY if plural else SINGULAR_PRONOUNS) else None


def _described(head: Token, depth: int) -> list[Token]:
    """What a relative clause's subject stands for: the name an apposition describes ("Clark,
    a GOP chair who backs Brooks"), the issuer of a document ("ran an ad that attacked X")."""
    if (issuer := issued_by(head)) is not None and depth < 3:
        return verb_subjects(issuer, depth + 1)
    return [head.head] if describes_name(head) else [head]


def relative_head(subject: Token) -> Token:
    """ "Americans who were killed": a relative pronoun stands for the noun(s) it modifies."""
    verb = subject.head
    if subject.lower_ not in RELATIVE_PRONOUNS or verb.dep_ != "relcl":
        return subject
    head = stood_for(verb, subject)  # "Jones, a protester who was punched": Jones
    return first_conjunct(head)  # "five Iraqis and a Libyan who were questioned": all of them


def controlling_verb(verb: Token) -> Token | None:
    """The verb whose subject an infinitive, gerund or coordinated verb shares."""
    sayer = joined_report(verb)  # "said the rallies were unlawful and warned that ..."
    if sayer is not None:
        return sayer
    if verb.dep_ not in {"xcomp", "conj", "advcl", "pcomp"}:
        return noun_controller(verb)
    for ancestor in verb.ancestors:
        if ancestor.pos_ in VERB_POS and not completes_copula(verb, ancestor):
            return ancestor
    return None
