"""Where a reported clause ends: before a coordinated or contrasted clause that reports
someone else's words ("Supporters said the speech worked, while other voters said they were
unmoved": what the supporters said stops at "while")."""

from __future__ import annotations

from itertools import takewhile

from spacy.tokens import Token

from eventwire.parse.cue_rows import cue_row
from eventwire.parse.nlp import doc_text
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects
from eventwire.parse.tags import VERB_POS

CONTRASTS = {"while", "whereas"}
LINKS = {"cc", "mark", "punct"}  # "and", "while", a comma: left out with the clause they open


def clause_end(head: Token) -> int:
    """The character end of the clause under `head`, cut before the first side clause
    whose verb is a cue (`cue_rows.cue_row`) with a subject of its own: that clause is a
    second attribution, not part of the first."""
    end = head.right_edge.i + 1
    for child in head.rights:
        if _second_attribution(child):
            end = child.left_edge.i
            break
    while end - 1 > head.i and head.doc[end - 1].dep_ in LINKS:
        end -= 1
    last = head.doc[end - 1]
    return last.idx + len(last)


def _second_attribution(token: Token) -> bool:
    """A cue verb joined by "and"/"but" with a named subject, or set against the first by
    "while"/"whereas"; a pronoun subject of a conjunct ("… and he feels …") is mostly the
    first speaker again, and "after"/"because" clauses are part of what is reported."""
    if token.pos_ not in VERB_POS or cue_row(token) is None:
        return False
    subjects = clause_subjects(token)
    marks = {child.lower_ for child in token.children if child.dep_ == "mark"}
    if token.dep_ == "advcl":
        return bool(subjects) and bool(marks & CONTRASTS)
    return token.dep_ == "conj" and any(s.pos_ != "PRON" for s in subjects)


def split_complement_end(head: Token) -> int:
    """ "said they're fine with however it plays out but want …": the parse may split one
    reported clause into two complements of the verb; the report runs on to the end of the
    last complement after the first (`head`), before any that names a subject of its own."""
    verb = head.head
    later = [c for c in verb.children if c.dep_ == "ccomp" and c.i > head.i]
    later = [c for c in later if c.pos_ in VERB_POS and "\n" not in _between(head, c)]
    later = list(takewhile(lambda c: not _another_report(c), later))
    return clause_end(later[-1] if later else head)


def _another_report(verb: Token) -> bool:
    """ "… and Democrats accused the GOP", "… and a third said": a complement that is a cue
    or has a subject of its own other than a pronoun is another party's clause, not the rest
    of the first report."""
    named = any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in verb.children)
    return named or cue_row(verb) is not None


def _between(first: Token, last: Token) -> str:
    return doc_text(first.doc)[first.idx : last.idx]
