"""One trigger's event record: its sides (`event_sides`), where and when it happened, the
sector a state's act gives its doers, its modality and the quote it stands in, with the
evidence for each as offsets into the article's text."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.attribution import Attribution
from eventwire.events.event_modality import event_modality
from eventwire.events.event_sides import event_sides
from eventwire.events.participants import RoleReader
from eventwire.events.patterns import TriggerMatch
from eventwire.events.slots import SentenceSlots
from eventwire.events.state_acts import event_context, state_sector
from eventwire.events.victims_placed import placed_victims
from eventwire.model import Article, Event, Evidence, Place


def read_event(
    match: TriggerMatch,
    sentence: Span,
    reader: RoleReader,
    attribution: Attribution,
    article: Article,
    slots: SentenceSlots,
    places: list[Place],
) -> Event:
    """The match's event: its sides, the victims its place names, its context and modality;
    with no id yet (the article's order gives it) and no confidence (`confidence` judges it)."""
    head = match.head
    actors, recipients = event_sides(reader, match, places, article, sentence)
    sentence_evidence = Evidence.of(article.text, sentence.start_char, sentence.end_char)
    place = slots.place(sentence_evidence, match.span.start_char)
    recipients = placed_victims(reader, match.code.type, (actors, recipients), place, head)
    context = event_context(match.code, head)
    state_sector(reader, actors, match.code.type, context)
    match, reading = event_modality(match, sentence, reader, attribution, actors)
    quote = attribution.quote_of(head)
    text = article.text
    return Event(
        id="",
        type=match.code.type,
        mode=match.code.mode,
        context=context,
        cameo=match.code.cameo,
        modality=reading.modality,
        modality_cue=_evidence(text, reading.cue),
        trigger=Evidence.of(text, match.span.start_char, match.span.end_char),
        actors=actors,
        recipients=recipients,
        time=slots.time(sentence_evidence, match.span.start_char),
        place=place,
        quote_id=quote.id if quote else None,
        sentence=sentence_evidence,
    )


def _evidence(text: str, cue: object) -> Evidence | None:
    """The modality cue as evidence in the text, whatever form its reader gave it in."""
    if cue is None:
        return None
    if isinstance(cue, Evidence):
        return cue
    if isinstance(cue, Token):
        return Evidence.of(text, cue.idx, cue.idx + len(cue))
    if isinstance(cue, Span):
        return Evidence.of(text, cue.start_char, cue.end_char)
    return None
