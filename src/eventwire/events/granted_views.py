"""A point granted, not a concession or an accord: "strategists concede that a Trump loss
could pull incumbents down", "Sanders admitted that it would be very hard to win", "the
economist agreed that the Treasury has limited power".

Granting that something may or will happen weighs a prospect, and agreeing that something may,
should or does hold shares a view: opinions and analysis, which the coding rules do not code;
so is granting what is so ("admits there is a faction", "conceded that it had been a difficult
night", " 'I was a little nervous,' he admitted"), unless it is one's own fault ("was wrong").
The act stays where the clause tells one: a deed admitted ("acknowledged that the candidate
misspoke", no modal), the granter's own act to come ("agreed that they would support him"),
or an accord on what will be done ("the sides agreed that talks would resume"), or on what
should be done when several parties agree ("the two sides agreed that talks should resume";
one person agreeing that another should act shares a view). A view is also what a clause
grades ("agree that the shift will be slow": a quality to come, no act), what one agrees in
the simple present ("the contenders agree that schools should be left to the states": a stance
held, not an accord reached), and whom a person agrees with when no terms are told ("I agree
with you totally"). A pronoun's clause is the granter's own act only when the pronoun does
it and is the granter's: "I agree that she should be held accountable" is a view of her.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, words
from eventwire.events.lone_talk import several_parties
from eventwire.events.modality_scope import modal_form
from eventwire.events.owned_faults import OWNED_FAULTS
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import AGREE, CONCEDE
from eventwire.events.word_classes import LINKING, OBLIGATION
from eventwire.lexicons import word_set
from eventwire.parse.deps import ADJECTIVAL_COMPLEMENT_DEPS, PREDICATE_DEPS
from eventwire.parse.nlp import PARTY_ENTITIES, in_quotation
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import MODAL_TAG, PRESENT_TAGS
from eventwire.parse.tenses import BE_FORMS

GRANTING = words("event_words.tsv", "granting")  # agree, concede, admit, acknowledge
# mistake, wrong; responsible, inaccurate: "admitted that he was responsible"
GRANTED_FAULTS = OWNED_FAULTS | words("event_words.tsv", "granted_fault")
FUTURE = words("modality_words.tsv", "future") | {"would"}  # an act to come
WEIGHING = (  # may, could, should, can, must: a prospect or a duty weighed
    words("modality_words.tsv", "hypothetical")
    | words("modality_words.tsv", "ability")
    | OBLIGATION
) - FUTURE
GRANTERS = FIRST_PERSON_SUBJECTS | word_set("third_person_subject")  # we, they
TERMS_DEPS = {"xcomp", "ccomp", "dobj"}  # "agreed with Iran to cut output"
TERMS_PREPS = {"on", "to"}  # "agreed with Kiev on a ceasefire", "agreed to the plan"


def granted_view(match: TriggerMatch) -> bool:
    """A verb of granting whose "that" clause weighs a prospect (a concession) or holds a
    view (an agreement) rather than telling an act."""
    verb = match.head
    if match.nominal or verb.lemma_.lower() not in GRANTING:
        return False
    clause = _content_clause(verb)
    if clause is None:
        return match.code.type == AGREE and _agreed_with_no_terms(verb)
    if match.code.type == CONCEDE and _held(clause):
        return True  # "admits there is a faction", "'I was a little nervous,' he admitted"
    if _own_act(verb, clause):
        return False
    modals = {modal_form(a) for a in clause.children if a.dep_ == "aux" and a.tag_ == MODAL_TAG}
    if match.code.type == AGREE:
        if _graded(clause) or (verb.tag_ in PRESENT_TAGS and not modals & FUTURE):
            return True  # "agreed it will be difficult", "the contenders agree that ..."
        if modals & OBLIGATION and any(several_parties(s) for s in clause_subjects(verb)):
            return False  # "the two sides agreed that talks should resume": an accord
        return not modals & FUTURE  # "agreed that X may struggle", "that X has power"
    return match.code.type == CONCEDE and bool(modals & (WEIGHING | FUTURE))


def _graded(clause: Token) -> bool:
    """ "(that) it will be difficult", "movement will be incremental": a linking verb with an
    adjective grades what is to come; it tells no act."""
    adjectives = [c for c in clause.children if c.dep_ in ADJECTIVAL_COMPLEMENT_DEPS]
    return clause.lemma_.lower() in LINKING and bool(adjectives)


def _held(clause: Token) -> bool:
    """ "that open-carry wasn't a problem", "there is a faction", "they're nervous": a linking
    verb with a predicate, or "there is", tells what is so, a point granted; owning a fault
    ("it was a mistake", "I was wrong") concedes (`owned_faults`), but a fault laid on a named
    party ("admitted that the Russians were responsible") is a point granted about another.
    The parse leaves a curly "they’re" its own lemma, so a form of "be" is read from the word
    too."""
    if clause.lemma_.lower() not in LINKING and clause.lower_ not in BE_FORMS:
        return False
    if any(c.dep_ == "expl" for c in clause.children):
        return True
    predicates = [c for c in clause.children if c.dep_ in PREDICATE_DEPS]
    owned = not any(s.ent_type_ in PARTY_ENTITIES for s in clause_subjects(clause))
    fault = owned and any(p.lemma_.lower() in GRANTED_FAULTS for p in predicates)
    return bool(predicates) and not fault


def _agreed_with_no_terms(verb: Token) -> bool:
    """ "I agree with you totally": agreeing with someone, no terms told, shares a view; "agreed
    with Iran to cut output", "with Kiev on a ceasefire" tell a deal (`events.assent`)."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    terms = any(c.dep_ in TERMS_DEPS for c in verb.children) or bool(preps & TERMS_PREPS)
    return "with" in preps and not terms


def _content_clause(verb: Token) -> Token | None:
    """The finite clause the verb grants: its "that" complement ("conceded that it could"),
    the clause that a "that" right after the verb opens when the parse hangs it lower, or the
    quotation it reports (" 'I was nervous,' he admitted")."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            return child
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return after.head if after.head.i > verb.i else None
    quoted = [c for c in verb.children if c.dep_ == "ccomp" and in_quotation(c)]
    return quoted[0] if quoted else None


def _own_act(verb: Token, clause: Token) -> bool:
    """ "agreed that they would support him": the clause's doer is a person pronoun, as a rule
    the granter or a side the granter speaks for, so the clause is a commitment; one that is
    acted on ("that she should be held accountable"), or a third person after "I" or "we",
    is someone else."""
    speaking = {s.lower_ for s in clause_subjects(verb)} & FIRST_PERSON_SUBJECTS
    return any(
        s.lower_ in GRANTERS
        and s.dep_ != "nsubjpass"
        and (not speaking or s.lower_ in FIRST_PERSON_SUBJECTS)
        for s in clause_subjects(clause)
    )
