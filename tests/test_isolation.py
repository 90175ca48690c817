"""Each input document stands alone: what is wrong with one is recorded for it, and the rest of
the batch is read, coded and stored as if it were not there."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import RawDocument, read_inputs
from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.warc import read_warc
from eventwire.model import Actor, ArticleResult, ErrorReason
from eventwire.pipeline import process
from eventwire.store import Store
from tests.hostile import warc

GOOD = "Russian troops arrived in Minsk on Monday for joint drills with Belarus."


def _jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_deeply_nested_json_is_one_lines_error(tmp_path: Path) -> None:
    path = tmp_path / "nested.jsonl"
    path.write_text("[" * 100_000 + "]" * 100_000 + "\n" + json.dumps({"text": GOOD}) + "\n")
    nested, good = read_inputs([str(path)])
    assert nested.errors[0].reason == "invalid_input"
    assert "nested too deeply" in nested.errors[0].message
    assert good.text == GOOD


def test_an_unforeseen_metadata_failure_costs_one_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = __import__("eventwire.pipeline", fromlist=["read_metadata"]).read_metadata

    def fragile(raw: RawDocument, today: object) -> object:
        if raw.id == "bad":
            raise RecursionError("maximum recursion depth exceeded")
        return real(raw, today)

    monkeypatch.setattr("eventwire.pipeline.read_metadata", fragile)
    bad, good = process([RawDocument(id="bad", text=GOOD), RawDocument(id="good", text=GOOD)])
    assert [e.reason for e in bad.errors] == ["stage_failed"]
    assert "RecursionError" in bad.errors[0].message
    assert good.errors == [] and good.events


def test_nul_and_control_characters_never_reach_the_store(store: Store, tmp_path: Path) -> None:
    path = _jsonl(
        tmp_path / "nul.jsonl",
        {
            "id": "n\x00ul",
            "title": "Drills\x00 begin",
            "text": "Russian\x00 troops\x07\x9b " + GOOD,
        },
    )
    (doc,) = read_inputs([str(path)])
    assert (doc.id, doc.title) == ("nul", "Drills begin")
    assert doc.text == "Russian troops " + GOOD
    result = next(process([doc]))
    store.save(result, "1")  # PostgreSQL refuses NUL in text: this raised before
    assert list(store.results()) == [result]


def test_names_are_normalised_while_evidence_keeps_the_text() -> None:
    text = (
        "MINSK, March 3. Belarusian President Alexander Luka\u200bshenko met Russian officials "
        "in Minsk on Monday, and Jose\u0301 Mari\u0301a Aznar attended."
    )
    result = next(process([RawDocument(id="zw", text=text)]))
    names = {actor.name for actor in result.actors}
    assert "Alexander Lukashenko" in names and "José María Aznar" in names
    for mention in result.mentions:
        assert text[mention.evidence.start : mention.evidence.end] == mention.evidence.text
    assert any("\u200b" in mention.evidence.text for mention in result.mentions)


def test_a_renamed_actor_is_normalised_too() -> None:
    actor = Actor(id="A1", name="Put\u202ein", type="person")
    actor.name = "Vladimir\u00a0\u2066Putin\u2069"
    assert actor.name == "Vladimir Putin"


def test_mixed_utf8_and_cp1252_is_decoded_line_by_line() -> None:
    data = "Le café est ouvert, said “the mayor”.\n".encode() + (
        b"The minister said \x93no\x94 to the caf\xe9 owners on Monday.\n"
    )
    assert decode_bytes(data) == (
        "Le café est ouvert, said “the mayor”.\n"
        "The minister said “no” to the café owners on Monday.\n"
    )


def test_a_fifo_is_refused_without_hanging(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(GOOD, encoding="utf-8")
    fifo = tmp_path / "b.fifo"
    os.mkfifo(fifo)
    docs: list[RawDocument] = []
    reader = threading.Thread(
        target=lambda: docs.extend(read_inputs([str(first), str(fifo), "/dev/zero"])),
        daemon=True,
    )
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the reader stuck in open(), then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("reading a FIFO hung")
    assert [doc.text for doc in docs] == [GOOD, None, None]
    assert all("not a regular file" in doc.errors[0].message for doc in docs[1:])


def _plain_warc(*stories: str) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for number, story in enumerate(stories):
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = f"<html><body><p>{story}</p></body></html>".encode()
        writer.write_record(
            writer.create_warc_record(
                f"https://news.example/{number}",
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
            )
        )
    return buffer.getvalue()


def test_a_warc_record_with_an_impossible_length_is_reported_and_skipped() -> None:
    data = _plain_warc(GOOD, "A story about grain.", "Talks on gas prices in Vienna.")
    header = data.index(b"Content-Length: ", data.index(b"news.example/1"))
    end = data.index(b"\r\n", header)
    data = data[:header] + b"Content-Length: 1000000000000000" + data[end:]
    first, bad, third = read_warc("cc", io.BytesIO(data))
    assert first.text == GOOD and third.text == "Talks on gas prices in Vienna."
    assert bad.errors[0].reason == "unreadable"
    assert "claims 1,000,000,000,000,000 bytes" in bad.errors[0].message


@pytest.mark.parametrize("fraction", [0.5, 0.67, 0.9, 0.99])
def test_a_gzipped_warc_cut_anywhere_reports_the_cut_record(fraction: float) -> None:
    """Cut inside a record's gzip member, the record vanished without a word (0.5, 0.67) or
    its first bytes were coded as the whole page (0.9, 0.99)."""
    data = warc(3)
    docs = list(read_warc("cc", io.BytesIO(data[: int(len(data) * fraction)])))
    *complete, cut = docs
    assert all(doc.errors == [] for doc in complete)
    assert [error.reason for error in cut.errors] == [ErrorReason.UNREADABLE]
    assert cut.id == f"cc:{len(docs)}"


def test_an_article_the_parser_cannot_take_costs_only_that_article(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = __import__("eventwire.pipeline", fromlist=["parse_texts"]).parse_texts

    def fragile(texts: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
        texts = list(texts)
        if any("unparsable" in doc.text for doc in texts):
            raise IndexError("string index out of range")
        return real(texts, batch_size)

    monkeypatch.setattr("eventwire.pipeline.parse_texts", fragile)
    first, bad, last = process(
        [
            RawDocument(id="first", text=GOOD),
            RawDocument(id="bad", text="An unparsable article about Minsk."),
            RawDocument(id="last", text=GOOD),
        ]
    )
    assert [(e.stage, e.reason) for e in bad.errors] == [("parse", "stage_failed")]
    assert "IndexError" in bad.errors[0].message
    assert first.events and last.events and not first.errors and not last.errors


Coded = list[tuple[str, list[tuple[str, str | None]], list[str | None]]]


def _coded(result: ArticleResult) -> Coded:
    """Each event's type, its sources' names and countries, and its targets' countries."""
    return [
        (
            e.type,
            [(p.name, p.country) for p in e.actors],
            [p.country for p in e.recipients],
        )
        for e in result.events
    ]


def test_an_article_is_coded_the_same_in_a_batch_as_alone() -> None:
    """What one article says of a person never reaches another: a surname told with its
    country in the first story is bare in the second, whichever comes first."""
    told = RawDocument(
        id="told",
        text="ZAGREB (Reuters) - Croatian President Ante Vukelic met Serbian leaders on Monday. "
        "Vukelic urged Belgrade to reopen the border.",
        date="1998-03-02",
    )
    bare = RawDocument(
        id="bare",
        text="Vukelic criticized the ruling party on Tuesday and demanded new elections.",
        date="1998-03-03",
    )
    alone = {raw.id: _coded(next(process([raw]))) for raw in (bare, told)}
    assert alone["bare"][0][1] == [("Vukelic", None)]
    for batch in ([told, bare], [bare, told]):
        results = list(process(batch))
        assert {raw.id: _coded(r) for raw, r in zip(batch, results, strict=True)} == alone
