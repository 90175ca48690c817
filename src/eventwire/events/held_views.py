"""Views a speaker voices in the first person: "'I think Kasich would be the best nominee,'
Graham said", "'We believe the mayor lied.'" The hedge ("I think", "we believe") passes the
verdict of its clause on the clause's subject, as the bare clause would; it takes nothing back.
Indirect speech tells a charge so hedged in the third person: "Trump told CNN he believed
Fields had lied" (the pronoun stands for the one reporting, as a rule, outside quotation marks);
only a wrong the clause's own verb tells ("lied", "made up the story") is read through it, as a
verdict a predicate gives there ("said he believes the war was a terrible mistake") is mostly
the speaker's assessment of a policy or a state of things, not blame of a party.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.hypothetical_modality import HYPOTHETICAL_MODALS
from eventwire.events.judged_conduct import falsehood_passed, phrasal
from eventwire.events.lexicon import FIRST_PERSON_SUBJECTS, reports, words
from eventwire.events.modality_scope import modal_form
from eventwire.events.planned_modality import FUTURE_MODALS
from eventwire.events.word_classes import OBLIGATION, WRONGDOING
from eventwire.lexicons import word_set
from eventwire.parse.nlp import in_quotation
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects

# verbs that both hold a view (a reporting cue of thought) and hedge what they report
OPINION = words("cue_verbs.tsv", "thought") & words("modality_words.tsv", "hearsay")
REPORTER_PRONOUNS = word_set("third_person_subject")  # "said he believed": the speaker
PREDICTING_MODALS = (HYPOTHETICAL_MODALS | FUTURE_MODALS) - OBLIGATION  # would, could, will


def held_view(verb: Token) -> list[Token]:
    """The clauses with a named subject under a first-person verb of opinion ("I think Smith is
    a liar"), or under a reporter's own one in indirect speech where the clause's verb tells a
    wrong ("Trump said he believed Fields had lied"), else none."""
    if verb.lemma_.lower() not in OPINION:
        return []
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _named_subject(c)]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(s.lower_ in FIRST_PERSON_SUBJECTS for s in subjects):
        return clauses
    return [c for c in clauses if _charged_act(c)] if any(map(_the_reporter, subjects)) else []


def _charged_act(clause: Token) -> bool:
    """A clause whose own verb tells a wrong: "had lied", "made up the story"."""
    lemma = clause.lemma_.lower()
    return clause.pos_ == "VERB" and (
        lemma in WRONGDOING or phrasal(clause) in WRONGDOING or falsehood_passed(clause)
    )


def _the_reporter(subject: Token) -> bool:
    """ "he", "she", "they" in a clause a reporting verb with a subject of its own governs
    ("Trump said he believed ..."): the pronoun stands for the reporter."""
    reporter = reported_by(subject)
    if reporter is None or not reports(reporter):
        return False
    return any(c.dep_ == "nsubj" for c in reporter.children)


def reported_by(subject: Token) -> Token | None:
    """The verb whose clause complement the subject "he", "she" or "they" opens, outside
    quotation marks ("Carson wrote that he ..."): in indirect speech the pronoun stands, as a
    rule, for that verb's subject; in a quote ("'He lied,' she said") for someone else."""
    clause = subject.head
    reporter = clause.head if clause.dep_ == "ccomp" else None
    if subject.lower_ not in REPORTER_PRONOUNS or reporter is None:
        return None
    return None if in_quotation(subject) else reporter


def _named_subject(clause: Token) -> bool:
    """A view of someone named ("I think Kasich would be the best nominee"); "I think they'll do
    the right thing" may tell a hope about anyone."""
    subjects = clause_subjects(clause)
    return bool(subjects) and all(s.pos_ != "PRON" for s in subjects)


def denied_view(clause: Token) -> bool:
    """ "I don't think you are qualified": the negation on the opinion verb denies its clause
    (the speaker thinks you are not), so a merit there is denied and a charge stands."""
    head = clause.head
    return (
        clause.dep_ == "ccomp"
        and clause in held_view(head)
        and any(c.dep_ == "neg" for c in head.children)
    )


def reported_clauses(verb: Token) -> list[Token]:
    """The words a reporting verb governs, and the clause of a view its speaker holds in the
    first person under it ("said: I think X would be the best nominee")."""
    children = list(verb.children)
    return children + [c for child in children if child.dep_ == "ccomp" for c in held_view(child)]


def viewed_subjects(verb: Token) -> list[Token]:
    """The subjects (no pronoun) of the first-person views a reporting verb carries: what the
    view judges."""
    return [
        subject
        for child in verb.children
        if child.dep_ == "ccomp"
        for clause in held_view(child)
        for subject in clause.children
        if subject.dep_ in SUBJECT_DEPS and subject.pos_ != "PRON"
    ]


def denied_prediction(chain: list[Token]) -> Token | None:
    """ "I don't think the party would accept him", "he does not believe Iran will attack": a
    negated verb of opinion over a clause with a modal tells a prediction that the act will not
    come, not an act that did not happen; the act is as hypothetical as "I think they would"."""
    view = chain[-1]
    if len(chain) < 2 or view.lemma_.lower() not in OPINION:
        return None
    if not any(c.dep_ == "neg" for c in view.children):
        return None
    auxes = (c for token in chain[:-1] for c in token.children if c.dep_ == "aux")
    return next((a for a in auxes if modal_form(a) in PREDICTING_MODALS), None)
