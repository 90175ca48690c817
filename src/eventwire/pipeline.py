"""Compose the stages (ingest → parse → actors → quotes, times, places → events) per article.

Documents keep their input order. A document that cannot be read, is not English, or makes a
stage fail gets a ProcessingError in its result; the batch always goes on.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.tokens import Doc

from eventwire.actors import extract_actors
from eventwire.events import extract_events
from eventwire.heap import collect_less
from eventwire.ingest import RawDocument
from eventwire.limits import (
    DOCUMENT_SECONDS,
    WALL_FACTOR,
    OverBudget,
    Refused,
    deadline,
    tokenized,
)
from eventwire.model import Article, ArticleResult, ErrorReason, ProcessingError
from eventwire.parse.language import detect_language
from eventwire.parse.metadata import has_story, read_metadata
from eventwire.parse.nlp import (
    BATCH_SIZE,
    forget_caches,
    knowing_text,
    load_nlp,
    plainly_spaced,
)
from eventwire.parse.recase import parse_texts
from eventwire.places import extract_places
from eventwire.quotes import extract_quotes
from eventwire.times import extract_times
from eventwire.timing import timed, timed_items

PIPELINE_VERSION = "0.1.0"
SUPPORTED_LANGUAGES = {"en"}


@dataclass
class Analysis:
    """What a stage sees: the parsed document and the result built so far."""

    doc: Doc
    result: ArticleResult

    @property
    def article(self) -> Article:
        assert self.result.article is not None
        return self.result.article


def _actors(analysis: Analysis) -> None:
    analysis.result.actors, analysis.result.mentions = extract_actors(
        analysis.doc, analysis.article
    )


def _quotes(analysis: Analysis) -> None:
    result = analysis.result
    result.quotes = extract_quotes(analysis.doc, analysis.article, result.actors, result.mentions)


def _events(analysis: Analysis) -> None:
    result = analysis.result
    result.events = extract_events(
        analysis.doc,
        analysis.article,
        result.actors,
        result.mentions,
        result.quotes,
        result.times,
        result.places,
    )


def _times(analysis: Analysis) -> None:
    analysis.result.times = extract_times(analysis.doc, analysis.article)


def _places(analysis: Analysis) -> None:
    analysis.result.places = extract_places(analysis.doc, analysis.article, analysis.result.actors)


Stage = Callable[[Analysis], None]
STAGES: list[tuple[str, Stage]] = [
    ("actors", _actors),
    ("quotes", _quotes),
    ("times", _times),
    ("places", _places),
    ("events", _events),  # last: it reads every earlier stage's records
]


def article_id(text: str) -> str:
    """Content hash: the same text always gets the same id, whatever its file name."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def build_article(raw: RawDocument, today: date | None = None) -> Article:
    """The Article record: the caller's metadata, else what the text's layout says."""
    text = raw.text or ""
    meta = read_metadata(raw, today)
    return Article(
        id=article_id(text),
        source=raw.source,
        url=raw.url,
        text=text,
        language=detect_language(text),
        **vars(meta),
    )


Started = tuple[ArticleResult, Doc | None]
"""A result with its article record, and the article's tokens when it goes on to the parse."""


def _start_result(raw: RawDocument, today: date | None) -> Started:
    """A result with its article record, or only errors when the document cannot go on."""
    result = ArticleResult(id=raw.id, errors=list(raw.errors))
    if raw.text is None:
        return result, None
    result.article = build_article(raw, today)
    if not has_story(result.article.text):
        _error(result, ErrorReason.EMPTY, "only a dateline: no story text after it")
        return result, None
    language = result.article.language
    if language not in SUPPORTED_LANGUAGES:
        message = f"language detected as {language or 'unknown'}; only English is coded"
        _error(result, ErrorReason.NOT_ENGLISH, message)
        return result, None
    try:
        text = result.article.text
        tokens = knowing_text(tokenized(plainly_spaced(text), load_nlp().tokenizer), text)
    except Refused as refused:
        _error(result, refused.reason, str(refused))
        return result, None
    return result, None if result.errors else tokens


def _error(result: ArticleResult, reason: ErrorReason, message: str) -> None:
    """Record why the document is not parsed."""
    error = ProcessingError(stage="parse", reason=reason, message=message, source=result.id)
    result.errors.append(error)


def _isolated_start(raw: RawDocument, today: date | None) -> Started:
    """`_start_result`, with whatever it raises recorded for this document alone."""
    try:
        return _start_result(raw, today)
    except Exception as error:  # one document's metadata must never stop a batch
        result = ArticleResult(id=raw.id, errors=list(raw.errors))
        message = f"{type(error).__name__}: {error}"
        result.errors.append(
            ProcessingError(
                stage="metadata", reason=ErrorReason.STAGE_FAILED, message=message, source=raw.id
            )
        )
        return result, None


def _run_stages(analysis: Analysis) -> None:
    """Every stage, within the document's time budget; a stage that fails is recorded."""
    name = ""
    try:
        with deadline(DOCUMENT_SECONDS):
            for name, stage in STAGES:
                try:
                    with timed(name):
                        stage(analysis)
                except Exception as error:  # one bad article must not stop a batch
                    message = f"{type(error).__name__}: {error}"
                    _record(analysis.result, name, ErrorReason.STAGE_FAILED, message)
    except OverBudget:
        budget = (
            f"{DOCUMENT_SECONDS:g} s of CPU or {DOCUMENT_SECONDS * WALL_FACTOR:g} s on the clock"
        )
        message = f"over the budget per document ({budget}); later stages skipped"
        _record(analysis.result, name, ErrorReason.TIMEOUT, message)


def _record(result: ArticleResult, stage: str, reason: ErrorReason, message: str) -> None:
    error = ProcessingError(stage=stage, reason=reason, message=message, source=result.id)
    result.errors.append(error)


def process(
    raws: Iterable[RawDocument], batch_size: int = BATCH_SIZE, today: date | None = None
) -> Iterator[ArticleResult]:
    """Run the whole pipeline over documents, yielding results in input order."""
    collect_less()  # the stages make many short-lived objects and few cycles
    iterator = iter(raws)
    while batch := list(islice(iterator, batch_size)):
        with timed("metadata"):
            started = [_isolated_start(raw, today) for raw in batch]
        codable = [(result, tokens) for result, tokens in started if tokens is not None]
        for (result, _), doc in zip(codable, _parsed(codable, batch_size), strict=True):
            if doc is not None:
                _run_stages(Analysis(doc, result))
                forget_caches(doc)
        yield from (result for result, _ in started)


def _parsed(codable: list[tuple[ArticleResult, Doc]], batch_size: int) -> list[Doc | None]:
    """The batch's parses, in order. Where the batch's parse fails, each article is parsed
    alone, so an article the parser cannot take costs that article (its error recorded, None
    in its place), never the batch."""
    try:
        return list(timed_items("parse", parse_texts((t for _, t in codable), batch_size)))
    except Exception:  # which article broke the batch is found by parsing each alone
        return [_parsed_alone(result, tokens) for result, tokens in codable]


def _parsed_alone(result: ArticleResult, tokens: Doc) -> Doc | None:
    try:
        return next(parse_texts([_unparsed(tokens)], 1))
    except Exception as error:  # one bad article must not stop a batch
        _record(result, "parse", ErrorReason.STAGE_FAILED, f"{type(error).__name__}: {error}")
        return None


def _unparsed(tokens: Doc) -> Doc:
    """The article's tokens with no parse on them: the failed batch may have parsed them in
    place already, and spaCy refuses to start paragraphs on a parsed Doc (E043), which would
    cost every article of the batch its parse, not only the one that broke it."""
    words = [t.text for t in tokens]
    fresh = Doc(tokens.vocab, words=words, spaces=[bool(t.whitespace_) for t in tokens])
    if "text" in tokens.user_data:  # the text it was tokenized from (`knowing_text`)
        fresh.user_data["text"] = tokens.user_data["text"]
    return fresh
