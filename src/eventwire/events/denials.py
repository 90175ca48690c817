"""Denials told as a verdict on what was said: "said the report was false", "called the
allegations baseless", " 'That is simply not true,' she said", "insisted he never said it".

PLOVER codes a denial of an accusation or a report as REJECT, whatever verb carries it: the
speaker judges a claim false rather than naming it with "deny". The claim is a noun of saying
(`event_arguments.tsv`, class statement) or a pronoun standing for what was said; a verdict on
anything else ("the plan is wrong", "the figures were false") is an opinion, not a denial.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.acquaintance import never_known
from eventwire.events.as_verdicts import as_complements
from eventwire.events.cameo_codes import REJECTION
from eventwire.events.judged_conduct import truth_withheld
from eventwire.events.lexicon import PEOPLE_OBJECTS, is_agent, reports, words
from eventwire.events.verb_arguments import objects, prep_nouns
from eventwire.events.word_classes import CASTING, FALSITY, NAMING, PERCEIVING
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS, PREDICATE_OR_RESULT_DEPS, VERB_OBJECT_DEPS
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import MODAL_TAG, PAST_TAGS

TRUTH = words("event_words.tsv", "truth")
CLAIMS = words("event_arguments.tsv", "statement")
ASSURING = words("event_words.tsv", "assuring")  # "assured voters the claims were false"
STANDING_FOR = word_set("pointing_pronoun")  # "it was false": what was said before
QUANTIFIER_POS = {"DET", "PRON", "NUM"}  # the word that counts a part of a whole
# I, we, he, she, they: own words; "you never wrote" is anyone's
SPEAKERS = word_set("first_person_subject") | word_set("third_person_subject")
MODALS = {MODAL_TAG}  # "said he would never negotiate": a refusal, not a denial
DONE_AUX = word_set("past_act_auxiliary")  # "did not say", "has not said"
LIKENING = word_set("likening_preposition")  # "never seen anything like it": no party
PERSONS = PEOPLE_OBJECTS - {"you"}  # "never touched her"; "you" may be anyone


def denial(verb: Token, quoted_root: bool) -> str | None:
    """The CAMEO code of a denial that a reporting, assuring or naming verb carries, or that a
    quoted sentence of its own passes (`quoted_root`: "“That is not true,” he said"); None when
    it denies nothing. An assurance that a claim is false denies it, no pledge."""
    lemma = verb.lemma_.lower()
    said = (reports(verb) or lemma in ASSURING) and any(
        _judged_false(c) or _disowned(c) or bool(denied_parties(c)) for c in _said(verb)
    )
    named = lemma in NAMING | CASTING and _named_false(verb)
    quoted = quoted_root and _judged_false(verb)
    return REJECTION if said or named or quoted else None


def _said(verb: Token) -> list[Token]:
    """The clauses a verb reports: its complement, or a "that" clause the parse hangs on its
    listener as if relative ("assured residents that the claims were false")."""
    listeners = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS]
    hung = [a for o in listeners for a in o.children if a.dep_ in NOUN_CLAUSE_DEPS]
    hung = [a for a in hung if any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)]
    return [c for c in verb.children if c.dep_ == "ccomp"] + hung


def _judged_false(clause: Token) -> bool:
    """ "(said) the allegations were untrue", "(said) it was not true": a copular clause whose
    subject is a claim and whose predicate calls it false."""
    if clause.lemma_.lower() != "be":
        return False
    subjects = clause_subjects(clause)
    if not any(_is_claim(s) for s in subjects):
        return False
    return any(_false(c, clause) for c in clause.children if c.dep_ in PREDICATE_OR_RESULT_DEPS)


def _disowned(clause: Token) -> bool:
    """ "(insisted) he never said he wanted to kill them", "(said) she had not suggested a
    delay": a speaker saying that he did not say something denies the report of his words, as
    "denied saying it" does; "you can never prove you never wrote it" is anyone's, and "he's
    not telling the truth" charges a lie (`judgement`)."""
    negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    own = bool(subjects) and all(s.lower_ in SPEAKERS for s in subjects)
    return reports(clause) and negated and own and _past(clause) and not truth_withheld(clause)


def _past(clause: Token) -> bool:
    """ "never said", "had not suggested", "did not say": words denied are words once said;
    "said they could not estimate the cost" (an inability) and " 'I'm not saying it is
    perfect' " (a hedge) disown nothing."""
    auxes = [c for c in clause.children if c.dep_ == "aux"]
    if any(c.tag_ in MODALS for c in auxes):
        return False
    return clause.tag_ in PAST_TAGS or any(c.lemma_.lower() in DONE_AUX for c in auxes)


def denied_parties(clause: Token) -> list[Token]:
    """Those a speaker says with "never" that he did not act on: "(said) he had never touched
    Fields", "(asserted) she never made contact with him" deny that he did it; none for "said
    he had never heard of them" or "has never met him" (an experience, `acquaintance`) or
    "would never" (a refusal)."""
    if not any(c.lower_ == "never" for c in clause.children):
        return []
    if any(c.tag_ in MODALS for c in clause.children) or clause.pos_ != "VERB":
        return []
    if clause.lemma_.lower() in PERCEIVING or never_known(clause):
        return []
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or not all(s.lower_ in SPEAKERS for s in subjects):
        return []
    touched = objects(clause)
    held = [c for w in (clause, *touched) for c in w.children if c.dep_ == "prep"]
    held = [c for c in held if c.lower_ not in LIKENING]
    parties = touched + [p for c in held for p in c.children if p.dep_ == "pobj"]
    return [p for p in parties if is_agent(p) and (p.pos_ != "PRON" or p.lower_ in PERSONS)]


def _named_false(verb: Token) -> bool:
    """ "called the accusations baseless", "called the story a fabrication", "described
    the claims as untrue"."""
    named = objects(verb)
    predicates = [c for c in verb.children if c.dep_ in PREDICATE_OR_RESULT_DEPS]
    predicates += as_complements(verb)
    predicates += named[1:]  # "called the story a fabrication": two objects
    return bool(named) and _is_claim(named[0]) and any(_false(p, verb) for p in predicates)


def _false(predicate: Token, clause: Token) -> bool:
    """ "false", "completely untrue", "a fabrication", or a truth denied ("not true", "not
    accurate"); a falsity denied ("not false") confirms."""
    negated = any(c.dep_ == "neg" for w in (clause, predicate) for c in w.children)
    lemma = predicate.lemma_.lower()
    return (lemma in FALSITY and not negated) or (lemma in TRUTH and negated)


def _is_claim(subject: Token) -> bool:
    """A claim, a word standing for one, or a part of claims ("all of the claims")."""
    if subject.lemma_.lower() in CLAIMS or subject.lower_ in STANDING_FOR:
        return True
    counted = subject.pos_ in QUANTIFIER_POS  # "all", "none", "two": no "the author of it"
    return counted and any(_is_claim(p) for p in prep_nouns(subject, {"of"}))
