"""Time extraction against TimeBank + AQUAINT (TempEval-3): span F1 and TIMEX3 value F1.

Usage: python -m eval.time [PATH]  (default ../shared/eval/time/dev.jsonl). The document
creation time (`dct`) is given as the article date. dateparser's `search_dates` alone is scored
in the same run as a baseline. Results are shown for the whole file and its two halves (`tune`,
which rules were checked against, and `heldout`).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from eval.scoring import Counts, half, match_spans, read_jsonl
from eventwire.parse.nlp import parse_texts
from eventwire.times.extract import find_times

DEFAULT = Path("../shared/eval/time/dev.jsonl")
Prediction = tuple[int, int, str | None]


def ours(records: list[dict]) -> list[list[Prediction]]:
    docs = parse_texts(r["text"] for r in records)
    out = []
    for record, doc in zip(records, docs, strict=True):
        anchor = datetime.fromisoformat(record["dct"][:10]).date()
        out.append([(f.start, f.end, f.timex.timex3) for f in find_times(doc, anchor)])
    return out


def baseline(record: dict) -> list[Prediction]:
    """search_dates finds strings; each is located in the text in order and valued as a day."""
    base = datetime.fromisoformat(record["dct"][:10])
    found = search_dates(record["text"], languages=["en"], settings={"RELATIVE_BASE": base})
    predictions, cursor = [], 0
    for surface, when in found or []:
        start = record["text"].find(surface, cursor)
        if start >= 0:
            cursor = start + len(surface)
            predictions.append((start, cursor, when.date().isoformat()))
    return predictions


def score(records: list[dict], predictions: list[list[Prediction]]) -> dict[str, dict]:
    spans, values = Counts(), Counts()
    for record, predicted in zip(records, predictions, strict=True):
        gold = [(t["start"], t["end"]) for t in record["timexes"]]
        pairs = match_spans([(s, e) for s, e, _ in predicted], gold)
        spans.add(len(pairs), len(predicted), len(gold))
        right = sum(predicted[i][2] == record["timexes"][j]["value"] for i, j in pairs)
        values.add(right, len(predicted), len(gold))
    return {"span": spans.scores(), "value": values.scores()}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    records = list(read_jsonl(path))
    systems = {"eventwire": ours(records), "dateparser": [baseline(r) for r in records]}
    for name, predictions in systems.items():
        for part in ("all", "tune", "heldout"):
            keep = [i for i, r in enumerate(records) if part in ("all", half(r["id"]))]
            result = score([records[i] for i in keep], [predictions[i] for i in keep])
            print(
                f"{name:10} {part:8} docs={len(keep):3} span={result['span']} "
                f"value={result['value']}"
            )


if __name__ == "__main__":
    main()
