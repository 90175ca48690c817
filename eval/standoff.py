"""Whole-article gold kept as standoff: eventwire's own codings without the articles' words.

The project's own coded sets (tuning and blind articles coded by its coders, by the rules of
`../shared/eval/articles/README.md`) code articles whose text lives in `../shared` (PolNeAR in
`quotes/`, TimeBank/AQUAINT in `time/`). The text is shared data and is never copied into the
repository, so a coded set is kept here as standoff: each record names its article by id, each
sentence, trigger and place by its character span in that article, and keeps only the coders'
own labels (types, modalities, actor names and codes). `resolve` puts the words back from
`../shared` before scoring, so `python -m eval.articles eval/gold/tune31.standoff.jsonl` scores
it like any gold file.

    python -m eval.standoff pack CODED.jsonl OUT.standoff.jsonl   # a coded set → standoff
    python -m eval.standoff unpack IN.standoff.jsonl OUT.jsonl    # standoff → full records
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from eval.scoring import read_jsonl

SHARED_EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
SOURCES = ("quotes/train.jsonl", "quotes/dev.jsonl", "time/dev.jsonl")


class StandoffError(ValueError):
    """A coding whose words cannot be found in, or put back from, its article."""


@cache
def shared_texts(root: Path = SHARED_EVAL) -> dict[str, str]:
    """Every shared article's text by id (PolNeAR splits and TimeBank documents)."""
    texts: dict[str, str] = {}
    for name in SOURCES:
        path = root / name
        if path.exists():
            texts.update((r["id"], r["text"]) for r in read_jsonl(path))
    return texts


def _span(text: str, words: str, start: int = 0, end: int | None = None) -> list[int]:
    found = text.find(words, start, len(text) if end is None else end)
    if found < 0:
        raise StandoffError(f"{words[:60]!r} is not in the article")
    return [found, found + len(words)]


def pack(record: dict) -> dict:
    """One coded article as standoff: spans in place of its sentences, triggers and places."""
    text = record["text"]
    events = []
    for event in record["events"]:
        sentence = _span(text, event["sentence"])
        trigger = _span(text, event["trigger"], *sentence)
        rest = {k: v for k, v in event.items() if k not in {"sentence", "trigger"}}
        events.append({"sentence": sentence, "trigger": trigger, **rest})
    places = [
        {"span": _span(text, p["text"]), **{k: v for k, v in p.items() if k != "text"}}
        for p in record["places"]
    ]
    kept = {k: record[k] for k in ("id", "origin", "date", "actors")}
    return {**kept, "events": events, "places": places}


def unpack(record: dict, texts: dict[str, str]) -> dict:
    """A standoff record with its article's words put back; a full record passes unchanged."""
    if "text" in record:
        return record
    text = texts.get(record["id"])
    if text is None:
        raise StandoffError(f"article {record['id']} is not in ../shared/eval")

    def words(span: list[int]) -> str:
        start, end = span
        if not 0 <= start < end <= len(text):
            raise StandoffError(f"span {span} is outside article {record['id']}")
        return text[start:end]

    events = [
        {
            **{k: v for k, v in e.items() if k not in {"sentence", "trigger"}},
            "sentence": words(e["sentence"]),
            "trigger": words(e["trigger"]),
        }
        for e in record["events"]
    ]
    places = [
        {"text": words(p["span"]), **{k: v for k, v in p.items() if k != "span"}}
        for p in record["places"]
    ]
    return {**record, "text": text, "events": events, "places": places}


def resolve(records: Iterable[dict]) -> Iterator[dict]:
    """Full gold records, whether the file holds them whole or as standoff."""
    for record in records:
        yield unpack(record, shared_texts() if "text" not in record else {})


def _write(records: Iterable[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["pack", "unpack"])
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args()
    records = read_jsonl(args.source)
    _write(map(pack, records) if args.action == "pack" else resolve(records), args.target)


if __name__ == "__main__":
    main()
