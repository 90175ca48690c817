"""HTML pages and WARC archives give the same records as the same article in plain text."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_inputs
from eventwire.ingest.sources import MAX_FILE_BYTES, reader_key
from eventwire.model import ArticleResult, ErrorReason
from eventwire.pipeline import process
from tests.conftest import TODAY
from tests.pages import DATE, TEXT, TITLE, page, plain_jsonl

URL = "https://news.example.org/world/grain-talks"


def run(*paths: Path) -> list[ArticleResult]:
    return list(process(read_inputs([str(p) for p in paths]), today=TODAY))


def plain_twin(tmp_path: Path, doc_id: str, **metadata: str) -> ArticleResult:
    twin = tmp_path / "twin.jsonl"
    twin.write_text(plain_jsonl(doc_id, URL, **metadata), encoding="utf-8")
    (result,) = run(twin)
    return result


def test_html_page_gives_plain_text_records(tmp_path: Path) -> None:
    html = tmp_path / "grain.html"
    html.write_bytes(page(URL))
    (result,) = run(html)
    assert result.article.text == TEXT, "boilerplate (nav, footer) is dropped"
    assert result.article.headline.value == TITLE
    assert result.article.date.value == DATE and result.article.date.method == "supplied"
    assert result.article.url == URL and result.article.source == "Danube Wire"
    assert result == plain_twin(tmp_path, "grain.html")


def test_suffix_that_lies_is_overruled_by_content(tmp_path: Path) -> None:
    disguised = tmp_path / "grain.txt.gz"
    disguised.write_bytes(gzip.compress(page(URL)))
    (result,) = run(disguised)
    assert result.article.text == TEXT
    assert reader_key("feed.xml", b'<?xml version="1.0"?><rss version="2.0">') == ".rss"
    assert reader_key("notes.txt", b"Plain words <b>") == ".txt"
    assert reader_key("notes", b"Plain words <b>") is None


def warc_record(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=io.BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2023-03-15T04:00:00Z"},
    )
    writer.write_record(record)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A CC-NEWS-like gzipped WARC: a page without a date, an image, then a dated page."""
    path = tmp_path / "CC-NEWS-20230315.warc.gz"
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        warc_record(writer, URL, page(URL, date=None), "text/html; charset=utf-8")
        warc_record(writer, "https://news.example.org/logo.png", b"\x89PNG\r\n", "image/png")
        warc_record(writer, URL + "-2", page(URL + "-2"), "text/html")
    return path


def test_warc_response_records_give_plain_text_records(archive: Path, tmp_path: Path) -> None:
    first, second = run(archive)
    assert [first.id, second.id] == [f"{archive.name}:1", f"{archive.name}:2"]
    assert first.article.url == URL
    assert first.article.date.value == "2023-03-15", "WARC-Date when the page has no date"
    assert second.article.date.value == DATE, "the page's own date wins over the crawl time"
    assert first == plain_twin(tmp_path, f"{archive.name}:1", date="2023-03-15")


def test_broken_archive_and_html_without_text_are_recorded(tmp_path: Path) -> None:
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nabc")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"<html><head><title>Nothing</title></head><body> </body></html>")
    results = run(broken, empty)
    assert [e.reason for r in results for e in r.errors] == [
        ErrorReason.UNREADABLE,
        ErrorReason.EMPTY,
    ]


def test_globs_and_directories_mix_formats(tmp_path: Path, archive: Path) -> None:
    (tmp_path / "a.html").write_bytes(page(URL))
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "LICENSES.md").write_text("# Sources and licences", encoding="utf-8")
    ids = [doc.id for doc in read_inputs([str(tmp_path / "*.html"), str(tmp_path)])]
    warc = [f"{archive.name}:1", f"{archive.name}:2"]
    assert ids == ["a.html", *warc, "a.html", "b.txt"], "glob, then sorted folder, no notices"


def test_jsonl_bigger_than_the_file_limit_is_streamed(tmp_path: Path) -> None:
    line = plain_jsonl("x", URL).replace('"id": "x"', '"id": "ID"')
    count = MAX_FILE_BYTES // len(line) + 10
    big = tmp_path / "big.jsonl.gz"
    big.write_bytes(
        gzip.compress("".join(line.replace("ID", f"n{i}") for i in range(count)).encode())
    )
    docs = read_inputs([str(big)])
    assert sum(1 for doc in docs if doc.text == TEXT) == count
