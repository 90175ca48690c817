"""Whether a title told again agrees with a person beyond its office: "the GOP nominee" is
no Democrat, and in a 2016 story not Mitt Romney, named as "2012 GOP presidential nominee".
A party or state word must not be told of the person otherwise (by the politicians' table or
the words before their name; a person whose party nobody told still fits), and a person whose
name the text dated to an earlier year fits no present title ("the nominee", not "the former
nominee"). Only the text's own year is trusted: a story of past events calls a past president
"the president", so the table's dates are no guide."""

from __future__ import annotations

import re
from datetime import date
from itertools import pairwise

from eventwire.actors.candidates import Candidate
from eventwire.actors.descriptions import contradicted, evidence_of, past_description
from eventwire.lexicons import word_set
from eventwire.model import Actor

YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
TITLE_WORDS = 4  # "2012 GOP presidential nominee": a year in the title before the name


def agreeing(
    fitting: list[Actor],
    candidate: Candidate,
    people: list[tuple[Candidate, Actor]],
    text: str,
    on: date | None,
) -> list[Actor]:
    """The people of `fitting` whose party, state and year the title allows. Where one of
    them left the very office the title names ("Former President Bill Clinton" and "the
    president"), the text speaks of more than one holder, so the bare title names none of
    those told before: a link to whoever else fits would guess."""
    phrase = text[candidate.start : candidate.end]
    past = past_description(candidate, text)
    kept = []
    for actor in fitting:
        evidence = evidence_of(actor, people, text)
        if not past and _left_office(evidence, phrase):
            return []
        if not contradicted(phrase, actor.name, evidence) and (
            past or not _dated_before(evidence, on)
        ):
            kept.append(actor)
    return kept


def _left_office(evidence: str, phrase: str) -> bool:
    """Whether the words right before the person's names say they left the very office the
    title names ("Former President Bill Clinton" is not "the president" of a 2016 story, who
    is the sitting one); an office left is no bar to another title ("former Secretary of State
    Hillary Clinton" is still "the nominee"), so the past word must stand right before it."""
    head = phrase.lower().split()[-1].strip(".,'’") if phrase.split() else ""
    past = word_set("past_office")
    return any(
        before in past and office == head
        for window in evidence.split(" ... ")
        for before, office in pairwise(w.strip(".,'’") for w in window.lower().split())
    )


def _dated_before(evidence: str, on: date | None) -> bool:
    """Whether the title right before one of the person's names dates them to an earlier year
    ("2012 GOP presidential nominee Mitt Romney"); a year further back dates an event told
    ("the 2009 stimulus President Obama signed"), not the person."""
    titles = [" ".join(window.split()[-TITLE_WORDS:]) for window in evidence.split(" ... ")]
    years = [int(y) for title in titles for y in YEAR.findall(title)]
    return on is not None and bool(years) and max(years) < on.year
