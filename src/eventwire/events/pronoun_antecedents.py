"""Whom a third-person pronoun stands for: a subject of a clause above it in its sentence, else
the subject of an adverbial clause opening its own ("As Republicans scrambled, they …"), else
the subject of the sentence before ("The ministry summoned the envoy. It accused London …").

Either must agree with the pronoun in number and animacy: "it" is never a person nor a plural
noun's group, "they" never one person alone nor a body a singular noun names. `participants.
RoleReader` asks this for every pronoun it meets that no mention covers, and for the owner of
"its troops".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.antecedents import RELATIVE_TAGS
from eventwire.events.joint import (
    PLURAL_PERSONAL,
    fronted_subjects,
    latest_plural_party,
    subjects_above,
)
from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS
from eventwire.events.mention_reader import MentionReader
from eventwire.events.relative_clauses import stood_for
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Participant
from eventwire.parse.coordination import has_conjunct
from eventwire.parse.plurals import PLURAL_NOUN_TAGS
from eventwire.parse.subjects import ACTIVE_SUBJECT_DEPS, SUBJECT_DEPS
from eventwire.parse.tags import NOUN_TAG

SINGULAR_NEUTER = {"it", "its"}
THIRD_PERSON = SINGULAR_NEUTER | PLURAL_PERSONAL  # pronouns for a state or a group


def antecedent(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "Switzerland said it had expelled...": "it" is the subject of the clause above that
    agrees with it, never a phrase the pronoun sits in ("the leader of their party" is not
    "they"), nor the subject of the verb it is the object of ("Russia signed it")."""
    for subject in subjects_above(pronoun, ACTIVE_SUBJECT_DEPS):
        subject = relative_noun(subject) or subject  # "delegates who said they back X"
        if subject.pos_ != "PRON":
            found = reader.phrase(subject)
            if singular_body(reader, pronoun, subject, found):
                return None
            if agrees(reader, pronoun, subject, found):
                return next(iter(found), None)
    return None


def fronted_clause_party(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "As Republicans scrambled for cash, they proposed …": a subject pronoun whose clause
    opens with an adverbial clause goes on with that clause's subject, the nearer one before
    the sentence before, where it agrees in number and animacy and names the party itself
    ("World Bank watchers" are no bank); an "it" only as a verb's doer ("it is his job" is
    no one)."""
    if pronoun.dep_ not in ACTIVE_SUBJECT_DEPS:
        return None
    if pronoun.lower_ in SINGULAR_NEUTER and pronoun.head.pos_ != "VERB":
        return None
    for subject in fronted_subjects(pronoun):
        found = [p for p in _parties(reader, subject) if p.covers(subject.idx)]
        fits = found and not singular_body(reader, pronoun, subject, found)
        if fits and agrees(reader, pronoun, subject, found):
            return found[0]
    return None


def relative_noun(subject: Token) -> Token | None:
    """ "superdelegates who have said they support Clinton": a relative pronoun that is its
    clause's subject stands for the noun the clause modifies, which a pronoun below it may
    then name; None for any other subject."""
    clause = subject.head
    if subject.tag_ in RELATIVE_TAGS and clause.dep_ == "relcl" and clause.head.i < subject.i:
        return stood_for(clause, subject)
    return None


def previous_subject(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "The ministry summoned the envoy. It accused London …": a pronoun with no
    antecedent in its sentence is the subject of the sentence before, if that names an
    actor that agrees with it; a chain of "they" goes on to whom the one before stands for,
    and past a subject that names no party ("the talks"), a plural party of another clause."""
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    root = pronoun.doc[sentence.start - 1].sent.root
    named = False
    for subject in framed_subjects(root):
        if subject.pos_ == "PRON":
            chained = plural_chain(reader, pronoun, subject)
            if chained is not None:
                return chained
            continue
        found = _parties(reader, subject)  # "his men"
        if found and singular_body(reader, pronoun, subject, found):
            return None
        if found and agrees(reader, pronoun, subject, found):
            return found[0]
        named = named or bool(found)
    return None if named else plural_clause_subject(reader, pronoun)


def framed_subjects(root: Token) -> list[Token]:
    """The subjects of a sentence's main clause; where that clause is only the speaker's frame
    ("Now we know the ministry withheld the files. It ...", "I think Russia shelled the town"),
    the subjects of the clause it frames first, as that clause tells the news a pronoun in the
    next sentence goes on with."""
    subjects = [c for c in root.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if not subjects or any(s.lower_ not in FIRST_PERSON_SUBJECTS for s in subjects):
        return subjects
    framed = [c for c in root.children if c.dep_ == "ccomp"]
    return [s for c in framed for s in c.children if s.dep_ in ACTIVE_SUBJECT_DEPS] + subjects


def plural_clause_subject(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "Talk pours from places where Cuban Americans gather. They villify …": a subject
    "they" after a sentence whose main subject names no party stands for the latest plural
    party that is the subject of one of that sentence's other clauses, both outside quotation
    marks; a thing ("the talks") is never "they" of people acting."""
    own = pronoun.lower_ == "they" and pronoun.dep_ in ACTIVE_SUBJECT_DEPS
    if not own or reader.attribution.in_quotation(pronoun):  # a speaker's "they": their talk's
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    for subject in reversed(before):
        plural = subject.tag_ in PLURAL_NOUN_TAGS or has_conjunct(subject)
        clause = subject.dep_ in ACTIVE_SUBJECT_DEPS and subject.head != before.root
        if not (plural and clause) or reader.attribution.in_quotation(subject):
            continue
        found = _parties(reader, subject)
        if found and agrees(reader, pronoun, subject, found):
            return found[0]
    return None


def plural_beside_person(reader: MentionReader, pronoun: Token) -> Participant | None:
    """ "Gomez lashed out at his cousins, accusing them of lying. He said they had ...": a
    subject "they" outside quotation marks, whose clauses above have a lone person for
    subject (or none, and the sentence before has), is not that person but the other party
    told beside them: the latest plural noun before it, in its sentence or the one before,
    when that names an actor (`joint.latest_plural_party`); a thing there names no one."""
    if pronoun.lower_ != "they" or pronoun.dep_ not in SUBJECT_DEPS:
        return None
    if reader.attribution.in_quotation(pronoun):
        return None
    above = list(subjects_above(pronoun, SUBJECT_DEPS))
    if not above and pronoun.sent.start > 0:
        root = pronoun.doc[pronoun.sent.start - 1].sent.root
        above = [c for c in root.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if not above or not all(_lone_person(reader, pronoun, s) for s in above):
        return None
    return latest_plural_party(reader, pronoun)


def _lone_person(reader: MentionReader, pronoun: Token, subject: Token) -> bool:
    """A subject naming one person alone, whom a plural pronoun cannot stand for."""
    found = _parties(reader, subject)
    return bool(found) and not agrees(reader, pronoun, subject, found)


def _parties(reader: MentionReader, subject: Token) -> list[Participant]:
    """The parties a subject's phrase names: actors or countries, not bare words."""
    return [p for p in reader.phrase(subject) if p.actor_id or p.country]


def plural_chain(reader: MentionReader, pronoun: Token, subject: Token) -> Participant | None:
    """ "The rebels took the town. They said … They attacked": a plural pronoun after a
    sentence whose subject is "they" stands for whom that "they" stands for, so a chain of
    pronouns keeps the group last named; only "they" after "they", as "it" may be a thing."""
    if pronoun.lower_ not in PLURAL_PERSONAL or subject.lower_ != "they":
        return None
    return next(iter(reader.phrase(subject)), None)


def agrees(reader: MentionReader, pronoun: Token, subject: Token, found: list[Participant]) -> bool:
    """Number and animacy: "it" is never a person nor a plural noun's group ("the rebels");
    "they" is never one person alone ("Obama said they ..." means others)."""
    if pronoun.lower_ in SINGULAR_NEUTER:
        plural_group = subject.tag_ in PLURAL_NOUN_TAGS and not any(
            _state_or_body(reader, p) for p in found
        )
        return not plural_group and not any(_person(reader, p) for p in found)
    joined = has_conjunct(subject)  # "Edwards and others said they"
    lone_person = len(found) == 1 and _person(reader, found[0]) and not joined
    return not (pronoun.lower_ in THIRD_PERSON and lone_person)


def singular_body(
    reader: MentionReader, pronoun: Token, subject: Token, found: list[Participant]
) -> bool:
    """ "The government is sharpening its weapon ...: the power to prevent them": "they" after
    a singular common noun, with no partner joined to it and no group counted ("a number of
    attendees"), means others, whom the text may not name: a body is "it" in news English;
    not the groups told as plural ("the police said they", `plural_collective`), nor a body
    a subject "they" stands for ("her campaign says they", `subject_collective`)."""
    joined = any(c.dep_ == "conj" or c.lower_ == "of" for c in subject.children)
    collective = subject.lower_ in word_set("plural_collective") or (
        subject.lower_ in word_set("subject_collective") and pronoun.lower_ != "them"
    )
    plural = pronoun.lower_ in PLURAL_PERSONAL
    person = any(_person(reader, p) for p in found)
    return plural and subject.tag_ == NOUN_TAG and not (joined or collective or person)


def _state_or_body(reader: MentionReader, participant: Participant) -> bool:
    """A country or organisation, which "it" may name whatever its words' number ("the
    United States", "the Nations")."""
    actor = reader.actor_of(participant)
    return actor is None or actor.type in {ActorType.COUNTRY, ActorType.ORGANIZATION}


def _person(reader: MentionReader, participant: Participant) -> bool:
    actor = reader.actor_of(participant)
    return actor is not None and actor.type == ActorType.PERSON
