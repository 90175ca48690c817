"""Bad input is recorded with a clear reason and never stops the batch."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.decode import MAX_CHARS
from eventwire.ingest.html import html_document
from eventwire.model import ErrorReason
from eventwire.pipeline import process

ENGLISH = "Russian troops arrived in Minsk on Thursday, the defense ministry said."


def write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    write(tmp_path / "a_good.txt", ENGLISH.encode())
    write(tmp_path / "b_empty.txt", b"  \n\n ")
    write(tmp_path / "c_image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    write(tmp_path / "d_cp1251.txt", "Министр обороны прибыл в Минск в четверг.".encode("cp1251"))
    write(tmp_path / "e_latin1.txt", ("Café talks in Genève: " + ENGLISH).encode("latin-1"))
    write(tmp_path / "f_long.txt", b"word " * (MAX_CHARS // 5 + 10))
    write(tmp_path / "g_good.txt", ENGLISH.encode())
    return tmp_path


def test_batch_goes_on_past_bad_files(corpus: Path) -> None:
    results = list(process(read_inputs([str(corpus)])))
    reasons = {r.id: [e.reason for e in r.errors] for r in results}
    assert list(reasons) == sorted(reasons), "input order is kept"
    assert reasons["a_good.txt"] == [] and reasons["g_good.txt"] == []
    assert reasons["b_empty.txt"] == [ErrorReason.EMPTY]
    assert reasons["c_image.txt"] == [ErrorReason.BINARY]
    assert reasons["d_cp1251.txt"] == [ErrorReason.NOT_ENGLISH]
    assert reasons["e_latin1.txt"] == []
    assert reasons["f_long.txt"] == [ErrorReason.TOO_LONG]
    good = next(r for r in results if r.id == "g_good.txt")
    assert any(a.country and a.country.value == "RUS" for a in good.actors)


def test_legacy_encoding_is_decoded_not_lost(corpus: Path) -> None:
    (result,) = process(read_inputs([str(corpus / "e_latin1.txt")]))
    assert result.article.text.startswith("Café talks in Genève")


def test_every_error_names_stage_and_source(corpus: Path) -> None:
    for result in process(read_inputs([str(corpus)])):
        for error in result.errors:
            assert error.stage in {"ingest", "parse"}
            assert error.message
            assert error.source == result.id


def test_jsonl_metadata_wins_and_bad_lines_are_recorded(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "x1", "text": ENGLISH, "title": "Troops arrive", "date": "2022-02-03"}),
        "{not json",
        json.dumps({"id": "x3", "body": "no text field"}),
        json.dumps({"text": ENGLISH}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines).encode())
    results = list(process(read_inputs([path])))
    assert [r.id for r in results] == ["x1", "batch.jsonl:2", "x3", "batch.jsonl:4"]
    first = results[0].article
    assert first.headline.value == "Troops arrive" and first.headline.method == "supplied"
    assert first.date.value == "2022-02-03" and first.date.method == "supplied"
    assert [e.reason for e in results[1].errors] == [ErrorReason.INVALID_INPUT]
    assert "text" in results[2].errors[0].message
    assert results[3].errors == []


def test_jsonl_fields_of_the_wrong_type_are_not_turned_into_text(tmp_path: Path) -> None:
    """An id 0 was replaced by the line number, and a list id or an object title became its
    Python spelling ("['x']", "{'en': ...}") as the article's id or headline."""
    lines = [
        {"id": 0, "text": ENGLISH},
        {"id": ["x"], "text": ENGLISH, "title": {"en": "Troops arrive"}, "url": 5},
    ]
    path = write(tmp_path / "typed.jsonl", "\n".join(map(json.dumps, lines)).encode())
    zero, listed = read_inputs([path])
    assert zero.id == "0"
    assert listed.id == "typed.jsonl:2" and listed.title is None and listed.url is None


def test_missing_file_is_unreadable(tmp_path: Path) -> None:
    (result,) = process(read_inputs([str(tmp_path / "nope.txt")]))
    assert result.errors[0].reason == ErrorReason.UNREADABLE


def test_stdin_plain_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(ENGLISH.encode())))
    (doc,) = read_inputs(["-"])
    assert doc.id == "stdin" and doc.text == ENGLISH
    jsonl = json.dumps({"id": "s1", "text": ENGLISH}) + "\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(jsonl.encode())))
    (doc,) = read_inputs(["-"])
    assert doc.id == "s1"


DAMAGED = "The minister said the talks “went well”; Paris’s offer stands, Zürich café owners said."


def test_utf8_text_with_one_stray_byte_keeps_its_characters(tmp_path: Path) -> None:
    """One invalid byte in a UTF-8 article made the whole of it legacy-decoded (‚Äú for “)."""
    path = tmp_path / "story.txt"
    path.write_bytes(DAMAGED.encode() + b" Stray \xff byte.")
    (doc,) = read_inputs([str(path)])
    assert doc.text is not None and doc.text.startswith(DAMAGED)


def test_utf8_page_with_one_stray_byte_keeps_its_characters() -> None:
    """trafilatura guessed such a page to be mac_roman, whatever its meta charset said."""
    body = "<p>The minister said the talks “went well” and that Paris’s offer stands.</p>"
    head = '<html><head><meta charset="utf-8"><title>Zürich talks</title></head><body><article>'
    page = (head + body * 3).encode() + b"<p>stray \xff byte</p></article></body></html>"
    doc = html_document("page", page)
    assert doc.title == "Zürich talks"
    assert doc.text is not None and doc.text.startswith("The minister said the talks “went well”")


def test_legacy_text_is_not_taken_for_damaged_utf8(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(DAMAGED.encode("cp1252"))
    (doc,) = read_inputs([str(path)])
    assert doc.text == DAMAGED
