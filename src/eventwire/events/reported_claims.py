"""Claimed events: an act that would have occurred, but only a quoted or reported source says
so ("X said Y attacked Z", "allegedly attacked"). Split from events/extract.py, which decides
the rest of an event's modality; this module decides only when reporting makes it a claim."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.attribution import Attribution
from eventwire.events.contested import contested
from eventwire.events.hearsay import hearsay
from eventwire.events.modality import ModalityReading, reporting_verb
from eventwire.events.modality_scope import credited, in_writer_aside, opens_other_clause
from eventwire.events.own_clauses import absolute_clause
from eventwire.events.participants import RoleReader
from eventwire.events.told_acts import teller
from eventwire.events.verb_subjects import verb_subjects
from eventwire.model import Modality, Participant, Quote
from eventwire.parse.nlp import doc_text
from eventwire.parse.tags import NOUN_POS


def claimed(
    reading: ModalityReading,
    head: Token,
    sentence: Span,
    attribution: Attribution,
    reader: RoleReader,
    actors: list[Participant],
    type_: str,
) -> ModalityReading:
    """An event that would have occurred, but only a quoted or reported source says so."""
    if reading.modality != Modality.OCCURRED:
        return reading
    quoted = attribution.in_quotation(head)
    quote = attribution.quote_of(head)
    if quote is not None and not quoted and not _tells(head, quote):
        quote = None
    told = teller(head)  # "allegations that X hacked", "a report saying X invited Y"
    if told is not None:
        return ModalityReading(Modality.CLAIMED, told)
    told = hearsay(head)  # "allegedly attacked", "charged with killing": the writer's own
    if told is not None:  # words tell it as hearsay, in an aside too ("X, who allegedly shot")
        return ModalityReading(Modality.CLAIMED, told)
    adopted = in_writer_aside(head) or credited(head.doc, quote)
    if adopted and not quoted:
        return reading
    told = contested(head, sentence, type_, actors)
    if told is not None:
        return ModalityReading(Modality.CLAIMED, told)
    if quote is not None and (
        quoted or not _adopted(reader, head, _quote_sources(quote, reader), actors)
    ):
        return ModalityReading(Modality.CLAIMED, quote.cue or quote.content)
    if quote is not None:
        return reading
    if quoted:
        return ModalityReading(Modality.CLAIMED, _quotation_cue(head, attribution))
    verb = reporting_verb(head, sentence)
    if verb is not None and not _adopted(reader, head, _verb_sources(verb), actors):
        return ModalityReading(Modality.CLAIMED, verb)
    return reading


def _tells(head: Token, quote: Quote) -> bool:
    """Whether a quote the act stands outside of tells the act, rather than only sits near it."""
    if _credits_other_clause(head, quote):
        return False  # "X shut it, but according to Y, Z stayed open": Y tells only Z
    if _named_act(head, quote):
        return False  # "Cruz disavowed Graham's endorsement": named as known, not reported
    return not _beside_quote(head, quote)  # "with Japan urging China to act": Japan's own act


def _quotation_cue(head: Token, attribution: Attribution) -> Token | Span | None:
    """What marks an act inside quotation marks as claimed: the quote's reporting verb, else
    the first character of the act's line (the quotation opens there)."""
    verbs = attribution.reporting_verbs(head)
    if verbs:
        return verbs[0]
    mark = doc_text(head.doc).rfind("\n", 0, head.idx) + 1
    return head.doc.char_span(mark, mark + 1, alignment_mode="expand")


def _verb_sources(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _quote_sources(quote: Quote, reader: RoleReader) -> list[Token]:
    """The words naming an indirect quote's speaker."""
    mention = quote.speaker.mention if quote.speaker else None
    span = reader.doc.char_span(mention.start, mention.end) if mention else None
    return [span.root] if span is not None else []


def _adopted(
    reader: RoleReader, head: Token, subjects: list[Token], actors: list[Participant]
) -> bool:
    """A reported event the article takes as fact: one with no doer at all ("82 were killed,
    officials said") or one its doer announces ("the administration announced it had accepted
    10,000 refugees"). "X said Y attacked Z" stays claimed."""
    if not actors and not verb_subjects(head):
        return True
    sources = [p for s in subjects for p in reader.phrase(s)]
    doers = {p.actor_id for p in actors if p.actor_id}
    return any(p.actor_id in doers for p in sources)


def _credits_other_clause(head: Token, quote: Quote) -> bool:
    """An "according to" that opens a later joined clause (`opens_other_clause`)."""
    cue = quote.cue
    if cue is None or not cue.text.lower().startswith("according"):
        return False
    span = head.doc.char_span(cue.start, cue.end, alignment_mode="expand")
    return span is not None and opens_other_clause(span[0], head)


def _beside_quote(head: Token, quote: Quote) -> bool:
    """An act in an absolute "with" clause (`own_clauses.absolute_clause`) that a cue outside
    it seems to report: the clause tells its own subject's act as fact, not the cue's words."""
    cue = quote.cue
    clause = next((t for t in [head, *head.ancestors] if absolute_clause(t)), None)
    if cue is None or clause is None:
        return False
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    return cue.end <= start or cue.start >= end


def _named_act(head: Token, quote: Quote) -> bool:
    """An event noun that is the whole content of a stance verb ("disavowed Graham's
    endorsement", "rejected calls from party leaders"): the verb takes a stand on an act
    the writer names as known; it does not report that the act happened."""
    content = quote.content
    if content is None or head.pos_ not in NOUN_POS:
        return False
    start, end = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
    return start <= content.start and content.end <= end
