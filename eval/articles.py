"""Score whole articles against the coded gold (`make eval-articles`).

Usage: python -m eval.articles [PATH] [--half a|b|all] [--errors]
(default PATH ../shared/eval/articles/dev.jsonl). The pipeline runs once over the articles, each
with its publication date supplied; the table gives event precision and recall, dyad
precision, actor code accuracy, place accuracy and precision (rules in the gold's README and in
eval/article_match.py) for all articles, each half and each origin. The halves split by a
stable hash of the article id (`eval.scoring.half`: "a" is its tune half, "b" its held-out
half), so rules can be tuned on one and checked on the other. Error counts by kind and reason
always follow; `--errors` (or `-v`) lists every error.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from eval.article_match import METRICS, Miss, metrics, score_article
from eval.scoring import half, read_jsonl, use_dictionaries
from eval.standoff import resolve
from eventwire.ingest import RawDocument
from eventwire.pipeline import process

DEFAULT = Path("../shared/eval/articles/dev.jsonl")


def half_of(record_id: str) -> str:
    return "a" if half(record_id) == "tune" else "b"


def groups_of(record: dict) -> list[str]:
    """The table rows an article counts in."""
    return ["all", f"half {half_of(record['id'])}", record["origin"]]


def evaluate(records: list[dict]) -> tuple[dict[str, Counter[str]], dict[str, int], list[Miss]]:
    """Tallies by row, article counts by row and all misses, from one pass of the pipeline."""
    raws = [RawDocument(id=r["id"], text=r["text"], date=r["date"]) for r in records]
    tallies: dict[str, Counter[str]] = {}
    articles: Counter[str] = Counter()
    misses: list[Miss] = []
    for record, result in zip(records, process(raws), strict=True):
        tally, found = score_article(record, result)
        misses += found
        for group in groups_of(record):
            tallies.setdefault(group, Counter()).update(tally)
            articles[group] += 1
    return tallies, dict(articles), misses


def _cell(tally: Counter[str], name: str) -> str:
    right, total = METRICS[name]
    value = metrics(tally)[name]
    return "-" if value is None else f"{value:.2f} ({tally[right]}/{tally[total]})"


def print_table(tallies: dict[str, Counter[str]], articles: dict[str, int]) -> None:
    print(f"| articles | n | {' | '.join(METRICS)} |")
    print(f"|---|---|{'---|' * len(METRICS)}")
    for group in sorted(tallies, key=lambda g: (g != "all", g)):
        cells = " | ".join(_cell(tallies[group], name) for name in METRICS)
        print(f"| {group} | {articles[group]} | {cells} |")


def print_misses(misses: list[Miss], details: bool) -> None:
    """Counts by kind and reason; with `details`, every miss under its kind."""
    kinds = Counter(m.kind for m in misses)
    print("\nErrors by kind (reason: count)")
    for kind, count in kinds.most_common():
        reasons = Counter(m.reason for m in misses if m.kind == kind)
        print(f"- {kind}: {count} ({', '.join(f'{r}: {n}' for r, n in reasons.most_common())})")
        types = Counter(m.type for m in misses if m.kind == kind and m.type)
        if types:
            print(f"  by type: {', '.join(f'{t} {n}' for t, n in types.most_common())}")
    if not details:
        print("(--errors lists each one)")
        return
    for kind in kinds:
        print(f"\n## {kind}")
        for miss in sorted((m for m in misses if m.kind == kind), key=lambda m: m.reason):
            print(f"- [{miss.reason}] {miss.article}: {' '.join(miss.detail.split())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--half", choices=["a", "b", "all"], default="all")
    parser.add_argument("--errors", "-v", action="store_true", help="list every error")
    parser.add_argument("--dictionaries", type=Path, help="CAMEO/PETRARCH dictionaries to lay over")
    args = parser.parse_args()
    use_dictionaries(args.dictionaries)
    records = list(resolve(read_jsonl(args.path)))  # whole records or standoff (eval/gold/)
    if args.half != "all":
        records = [r for r in records if half_of(r["id"]) == args.half]
    tallies, articles, misses = evaluate(records)
    print(f"Whole articles: {args.path} ({len(records)} articles, half {args.half})\n")
    print_table(tallies, articles)
    print_misses(misses, args.errors)


if __name__ == "__main__":
    main()
