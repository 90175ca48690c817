"""Time extraction against TimeBank + AQUAINT (TempEval-3): span F1 and TIMEX3 value F1.

Usage: python -m eval.time [PATH]  (default ../shared/eval/time/dev.jsonl). The document
creation time (`dct`) is given as the article date. dateparser's `search_dates` alone is scored
in the same run as a baseline. Results are shown for the whole file and its two halves (`tune`,
which rules were checked against, and `heldout`). `value` (overlapping spans, identical TIMEX3
value) is the headline figure; `exact_span` and `type_value` (TimeML type and value) are
stricter views of the same run.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from eval.scoring import Counts, half, match_spans, path_argument, read_jsonl
from eventwire.model import TimeType
from eventwire.parse.recase import parse_texts
from eventwire.times.extract import find_times
from eventwire.times.timex import Found

DEFAULT = Path("../shared/eval/time/dev.jsonl")
Prediction = tuple[int, int, str | None, str]  # start, end, TIMEX3 value, TimeML type


def ours(records: list[dict]) -> list[list[Prediction]]:
    docs = parse_texts(r["text"] for r in records)
    out = []
    for record, doc in zip(records, docs, strict=True):
        anchor = datetime.fromisoformat(record["dct"][:10]).date()
        out.append(
            [(f.start, f.end, f.timex.timex3, timeml_type(f)) for f in find_times(doc, anchor)]
        )
    return out


def timeml_type(found: Found) -> str:
    """TimeML's four types: a vague reference ('now') or range is a DATE, a value with a clock
    or part of day a TIME."""
    value = found.timex.timex3 or ""
    if found.timex.type in (TimeType.SET, TimeType.DURATION):
        return found.timex.type.value.upper()
    return "TIME" if "T" in value and not value.endswith("REF") else "DATE"


def baseline(record: dict) -> list[Prediction]:
    """search_dates finds strings; each is located in the text in order and valued as a day."""
    base = datetime.fromisoformat(record["dct"][:10])
    found = search_dates(record["text"], languages=["en"], settings={"RELATIVE_BASE": base})
    predictions, cursor = [], 0
    for surface, when in found or []:
        start = record["text"].find(surface, cursor)
        if start >= 0:
            cursor = start + len(surface)
            predictions.append((start, cursor, when.date().isoformat(), "DATE"))
    return predictions


def score(records: list[dict], predictions: list[list[Prediction]]) -> dict[str, dict]:
    """Spans match when they overlap (one to one, in text order); `value` counts a match right
    when the TIMEX3 value strings are identical (the headline figure); `exact` counts spans
    with the same offsets, `typed` matches whose TimeML type and value both agree."""
    spans, values, exact, typed = Counts(), Counts(), Counts(), Counts()
    for record, predicted in zip(records, predictions, strict=True):
        gold = record["timexes"]
        pairs = match_spans(
            [(p[0], p[1]) for p in predicted], [(t["start"], t["end"]) for t in gold]
        )
        spans.add(len(pairs), len(predicted), len(gold))
        right = [(i, j) for i, j in pairs if predicted[i][2] == gold[j]["value"]]
        values.add(len(right), len(predicted), len(gold))
        same = {(t["start"], t["end"]) for t in gold} & {(p[0], p[1]) for p in predicted}
        exact.add(len(same), len(predicted), len(gold))
        typed.add(
            sum(predicted[i][3] == gold[j].get("type") for i, j in right), len(predicted), len(gold)
        )
    return {
        "span": spans.scores(),
        "value": values.scores(),
        "exact_span": exact.scores(),
        "type_value": typed.scores(),
    }


def main() -> None:
    path = path_argument(DEFAULT, __doc__.splitlines()[0])
    records = list(read_jsonl(path))
    systems = {"eventwire": ours(records), "dateparser": [baseline(r) for r in records]}
    for name, predictions in systems.items():
        for part in ("all", "tune", "heldout"):
            keep = [i for i, r in enumerate(records) if part in ("all", half(r["id"]))]
            result = score([records[i] for i in keep], [predictions[i] for i in keep])
            print(
                f"{name:10} {part:8} docs={len(keep):3} span={result['span']} "
                f"value={result['value']} exact_span={result['exact_span']['f1']} "
                f"type_value={result['type_value']['f1']}"
            )


if __name__ == "__main__":
    main()
