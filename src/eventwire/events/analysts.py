"""An academic's "X should", "X has to" or "I want X to" is analysis, not an appeal; an
academic's "X seems crazy" or "X is a good surrogate" is analysis, not blame or praise.

"'He has to seal the deal and get them to turn out,' said a political scientist at the
university", "'As a rule, they should not have trouble paying,' said an analyst of student
loans": a scholar quoted on what a party must do explains the race or the market; no demand is
made of anyone (opinions and analysis are no events). A demand told by a demand word ("the
professor urged the governor to") and a school's own appeal ("the academy said the board must
reconsider") stay requests. A market analyst or economist works for a bank or a brokerage, so
carries its business sector ("'They have to keep cutting costs,' said an analyst at a
brokerage"); named beside such a title, their "has to" is the same analysis. So a scholar's
verdict on a party that only the quotation or a naming verb tells ("'Trump seems crazy,' said a
professor", "calls the project a mistake") weighs the race; a verdict told by its own word
("the professor criticized the governor") stays.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.demands import quoted_obligation, stated_obligation
from eventwire.events.lexicon import THIRD_PERSON_SINGULAR, VERDICT_TYPES, word_types
from eventwire.events.patterns import TriggerMatch
from eventwire.events.plover_types import REQUEST
from eventwire.events.wishes import wished_of_another
from eventwire.events.word_classes import NAMING
from eventwire.lexicons import read_table
from eventwire.model import Participant
from eventwire.sectors import BUSINESS, RESEARCH

SCHOLARS = {RESEARCH}  # academics, researchers, analysts at universities
SCHOLARLY = {"academic", "analyst"}  # roles.tsv's roles of those whose verdicts are analysis
PEOPLE = {"PERSON"}


def scholars_view(match: TriggerMatch, actors: list[Participant]) -> bool:
    """Whether a demand told without a demand word is only a scholar's view."""
    if match.code.type != REQUEST or match.nominal or not actors:
        return False
    if not all(_scholar(match.head, a) for a in actors):
        return False
    head = match.head
    return stated_obligation(head) or quoted_obligation(head) or wished_of_another(head)


def _scholar(head: Token, actor: Participant) -> bool:
    """A person of a school, or a bank's or a brokerage's analyst named as one."""
    if actor.sector == BUSINESS:
        return _described_as_scholar(head, actor)
    return actor.sector in SCHOLARS and _a_person(head, actor)


def scholars_verdict(match: TriggerMatch, actors: list[Participant]) -> bool:
    """Whether praise or blame that its own word does not tell ("said", "seems", "calls X a
    mistake") is only a scholar's view; a teacher's or a student's stays theirs."""
    if match.code.type not in VERDICT_TYPES or match.nominal or not actors:
        return False
    if not all(a.sector in SCHOLARS and _described_as_scholar(match.head, a) for a in actors):
        return False
    lemma = match.head.lemma_.lower()
    return lemma in NAMING or match.code.type not in word_types(lemma, "V")


def _described_as_scholar(head: Token, actor: Participant) -> bool:
    """A person named, in some sentence of the article, beside an academic's or an analyst's
    title ("Jeffery Hemsley, a professor at Syracuse", "historian Carl Anthony")."""
    if not _a_person(head, actor):
        return False
    surname = str(actor.name).split()[-1]
    return any(
        any(t.text == surname for t in sentence)
        and any(t.lemma_.lower() in _scholar_titles() for t in sentence)
        for sentence in head.doc.sents
    )


@cache
def _scholar_titles() -> frozenset[str]:
    """The last words of roles.tsv's and occupations.tsv's academic and analyst titles."""
    rows = read_table("roles.tsv") + read_table("occupations.tsv")
    return frozenset(row[0].split()[-1] for row in rows if len(row) > 2 and row[2] in SCHOLARLY)


def _a_person(head: Token, actor: Participant) -> bool:
    """The doer is named as a person in the sentence, or by "he" or "she" (" '...,' she
    said": the scholar told before), not a school or a faculty."""
    doc = head.doc
    named = [t for t in doc if actor.covers(t.idx)]
    return any(t.ent_type_ in PEOPLE or t.lower_ in THIRD_PERSON_SINGULAR for t in named)
