"""Calibrate the event confidence features (`eventwire.events.confidence`) on coded articles.

Usage: python -m eval.calibrate PATH [PATH ...] [--half a|b|all] [--detail FEATURE ...]
The pipeline runs with all events kept (`EVENTWIRE_ALL_EVENTS=1`) and each event is matched to
the gold with the whole-article scorer's own rule (`eval.article_match.event_matches`). Each
event falls in one column: kept and matched, kept and false, left out (under `KEEP`) though it
recalls a gold event no kept event recalls ("lost"), left out but recalling only gold already
recalled ("dup"), or left out and matching nothing ("out ok"). Tabled per feature, per
combination of features of the events left out, and for each `--detail` feature by type and by
trigger: a feature that loses more gold events than the false ones it leaves out, over several
sets, weighs too much. Tune on half a of dev, never on its half b.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from eval.article_match import event_matches, sentence_spans
from eval.articles import half_of
from eval.scoring import read_jsonl
from eval.standoff import resolve
from eventwire.model import ArticleResult, Event

COLUMNS = ("lost", "dup", "out ok", "kept true", "kept false")
KINDS = {"verb", "noun"}  # the base score's kind, always there: no feature


@dataclass(frozen=True)
class Judged:
    """One event with what calibration needs: its column, features, type and trigger."""

    column: str
    features: tuple[str, ...]
    type: str
    trigger: str


def judge(record: dict, result: ArticleResult, keep: float) -> list[Judged]:
    """Each event of the article in its column: whether it is kept and what gold it matches."""
    golds = [(g, sentence_spans(record["text"], g["sentence"])) for g in record["events"]]
    matched = [matched_gold(e, golds) for e in result.events]
    kept = [e.confidence >= keep for e in result.events]
    recalled = {i for found, in_ in zip(matched, kept, strict=True) if in_ for i in found}
    return [
        Judged(
            _column(in_, found, recalled),
            tuple(f for f in e.confidence_features if f not in KINDS),
            e.type,
            e.trigger.text.lower(),
        )
        for e, found, in_ in zip(result.events, matched, kept, strict=True)
    ]


def matched_gold(event: Event, golds: list[tuple[dict, list[tuple[int, int]]]]) -> set[int]:
    """The indexes of the gold events the event matches, by the article scorer's rule."""
    return {i for i, (gold, spans) in enumerate(golds) if event_matches(event, gold["type"], spans)}


def _column(kept: bool, matched: set[int], recalled: set[int]) -> str:
    if kept:
        return "kept true" if matched else "kept false"
    if not matched:
        return "out ok"
    return "lost" if matched - recalled else "dup"


def tabulate(
    events: Iterable[Judged], keys: Callable[[Judged], Iterable[str]]
) -> dict[str, Counter[str]]:
    """Column counts under each key an event has (a feature, a combination, a type ...)."""
    table: dict[str, Counter[str]] = {}
    for event in events:
        for key in keys(event):
            table.setdefault(key, Counter())[event.column] += 1
    return table


def by_feature(event: Judged) -> list[str]:
    return list(event.features) or ["(none)"]


def by_combination(event: Judged) -> list[str]:
    return [" + ".join(sorted(event.features)) or "(none)"]


def print_table(title: str, table: dict[str, Counter[str]], least: int = 1) -> None:
    """Rows by the events a change of weight would move (lost, out ok, kept false) first."""
    print(f"\n### {title}\n| key | {' | '.join(COLUMNS)} |\n|---|{'---|' * len(COLUMNS)}")
    moved = ("lost", "out ok", "kept false")
    for key, counts in sorted(table.items(), key=lambda kv: -sum(kv[1][c] for c in moved)):
        if sum(counts.values()) >= least:
            print(f"| {key} | {' | '.join(str(counts[c]) for c in COLUMNS)} |")


def run(paths: list[Path], which: str) -> list[Judged]:
    """All events of the articles (dev's half `which`), judged against their gold."""
    os.environ["EVENTWIRE_ALL_EVENTS"] = "1"  # before the pipeline reads it
    from eventwire.events.confidence import KEEP
    from eventwire.ingest import RawDocument
    from eventwire.pipeline import process

    judged: list[Judged] = []
    for path in paths:
        records = [
            r for r in resolve(read_jsonl(path)) if which == "all" or half_of(r["id"]) == which
        ]
        raws = [RawDocument(id=r["id"], text=r["text"], date=r["date"]) for r in records]
        for record, result in zip(records, process(raws), strict=True):
            judged += judge(record, result, KEEP)
    return judged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--half", choices=["a", "b", "all"], default="all")
    parser.add_argument("--detail", nargs="*", default=[], help="features to break down")
    args = parser.parse_args()
    judged = run(args.paths, args.half)
    print(f"Events by column: {dict(Counter(j.column for j in judged))}")
    print_table("per feature", tabulate(judged, by_feature))
    left_out = [j for j in judged if j.column in {"lost", "dup", "out ok"}]
    print_table("combination, events left out", tabulate(left_out, by_combination), 2)
    for name in args.detail:
        having = [j for j in judged if name in j.features]
        print_table(f"{name}: by type", tabulate(having, lambda j: [j.type]))
        print_table(f"{name}: by trigger", tabulate(having, lambda j: [j.trigger]), 2)


if __name__ == "__main__":
    main()
