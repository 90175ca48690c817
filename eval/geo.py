"""Toponym finding and geocoding against GeoVirus (Wikinews): span recall, accuracy within
161 km (100 miles) and median error.

Usage: python -m eval.geo [PATH]  (default ../shared/eval/geo/dev.jsonl). Accuracy and error
are over the gold toponyms a predicted place overlaps; one with no coordinates counts as a miss
at half the Earth's circumference. Results for the whole file and its `tune` / `heldout` halves.
"""

from __future__ import annotations

import math
import statistics
from pathlib import Path

from eval.scoring import EARTH_RADIUS_KM, distance_km, half, match_spans, path_argument, read_jsonl
from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult
from eventwire.pipeline import process

DEFAULT = Path("../shared/eval/geo/dev.jsonl")
MISS_KM = math.pi * EARTH_RADIUS_KM
ACCURATE_KM = 161.0


def errors_km(record: dict, result: ArticleResult) -> tuple[list[float], int]:
    """Error of each matched gold toponym, and how many gold toponyms there are."""
    places = [p for p in result.places if p.kind == "toponym"]  # regions are not in GeoVirus
    gold = record["toponyms"]
    pairs = match_spans(
        [(p.evidence.start, p.evidence.end) for p in places], [(g["start"], g["end"]) for g in gold]
    )
    errors = []
    for i, j in pairs:
        place = places[i]
        if place.lat is None or place.lon is None:
            errors.append(MISS_KM)
        else:
            errors.append(distance_km(place.lat, place.lon, gold[j]["lat"], gold[j]["lon"]))
    return errors, len(gold)


def report(name: str, rows: list[tuple[list[float], int]]) -> None:
    errors = [e for row, _ in rows for e in row]
    gold = sum(n for _, n in rows)
    recall = len(errors) / gold if gold else 0.0
    accurate = sum(e <= ACCURATE_KM for e in errors) / len(errors) if errors else 0.0
    median = statistics.median(errors) if errors else float("nan")
    print(
        f"{name:8} passages={len(rows):3} toponyms={gold:4} span_recall={recall:.3f} "
        f"acc@161km={accurate:.3f} median_km={median:.1f}"
    )


def main() -> None:
    path = path_argument(DEFAULT, __doc__.splitlines()[0])
    records = list(read_jsonl(path))
    raws = [RawDocument(id=r["id"], text=r["text"]) for r in records]
    rows = [errors_km(r, res) for r, res in zip(records, process(raws), strict=True)]
    for part in ("all", "tune", "heldout"):
        report(
            part,
            [row for row, r in zip(rows, records, strict=True) if part in ("all", half(r["id"]))],
        )


if __name__ == "__main__":
    main()
