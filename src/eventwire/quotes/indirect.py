"""Indirect quotes: the cues no direct quote took, each with a complement of its own."""

from __future__ import annotations

from dataclasses import replace

from eventwire.model import QuoteKind
from eventwire.quotes.chains import QuoteFacts
from eventwire.quotes.cues import Cue, Range
from eventwire.quotes.groups import contains, overlaps
from eventwire.quotes.relatives import reports_relative
from eventwire.quotes.relays import relays
from eventwire.quotes.stance_objects import names_a_party
from eventwire.quotes.surveys import survey_of

MIN_INDIRECT_WORDS = 2


def indirect_quotes(
    text: str, free: list[Cue], every_cue: list[Cue], quotes: list[Range], found: list[QuoteFacts]
) -> list[QuoteFacts]:
    """Cues left over, outermost only: in "X said he plans to …" the claim is X's. A cue
    nested in any other's complement reports nothing of its own, even where the outer cue
    went to a quote sharing its sentence ("X told host “New Day” she believed …") or its
    subject was lost to a misparse ("Large majorities … said they support …"): the inner
    subject is never the one PolNeAR credits there."""
    quoted = [facts.content for facts in found]
    indirect = []
    for cue in free:
        assert cue.content is not None
        told = any(start <= cue.token.idx < end for start, end in quoted)
        told = (told or reported_by_another(cue, every_cue)) and not reports_relative(cue.token)
        if told or any(overlaps(cue.content, span) for span in quoted):
            continue
        if not _substantial(text, cue):
            continue
        quoted_inside = any(contains(cue.content, span) for span in quotes)
        kind = QuoteKind.MIXED if quoted_inside else QuoteKind.INDIRECT
        facts = QuoteFacts(kind, cue.content, cue.span, cue.speaker, cue.outlet)
        indirect.append(replace(facts, credited=survey_of(cue)))
    return indirect


def reported_by_another(cue: Cue, every_cue: list[Cue]) -> bool:
    """The cue stands in another cue's content ("According to the statement, Kelly met
    Trump to discuss plans"): it is part of that report, not an attribution of its own.
    "…, according to X" reports its whole clause, so a cue inside that clause ("the
    ministry was signaling support …, according to an official") does not report it."""
    outer = [c.content for c in every_cue if c.content and c is not cue and not relays(cue, c)]
    return any(start <= cue.token.idx < end for start, end in outer)


def _substantial(text: str, cue: Cue) -> bool:
    assert cue.content is not None
    words = len(text[cue.content[0] : cue.content[1]].split())
    return words >= MIN_INDIRECT_WORDS or names_a_party(cue)
