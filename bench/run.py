"""`make bench`: eventwire's throughput against the spaCy parse it is built on.

On the PolNeAR train articles (read in place): raw spaCy parse (the limit) and the pipeline on one
process, interleaved per length quartile so both see the same machine load; the pipeline on all
cores; per-stage time; peak memory; growth with corpus size (a sample repeated 10× and 100×);
a profile of the costliest functions; and start-up included, a cold `eventwire extract` of one
article and of 150 on all cores (bench/cold.py). Prints tables and writes docs/performance.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from cold import CLI_ARTICLES
from cold import rows as startup_rows
from eventwire.ingest import RawDocument
from eventwire.model import ArticleResult
from eventwire.parallel import default_workers
from eventwire.pipeline import process
from measure import (
    Run,
    end_to_end,
    load_corpus,
    peak_rss_mb,
    profile_top,
    raw_parse,
    repeated,
    store_rates,
)

ROOT = Path(__file__).resolve().parents[1]
STEP = 16
TARGETS = {"one_process": 0.75, "two_cores": 1.8, "rss_mb": 1500}
NOTES_MARKER = "## Notes"
"""Where the hand-written notes of docs/performance.md start; a new run keeps them."""
console = Console()


def quartiles(docs: list[RawDocument]) -> list[list[RawDocument]]:
    ranked = sorted(docs, key=lambda doc: len(doc.text or ""))
    size = -(-len(ranked) // 4)
    return [ranked[i : i + size] for i in range(0, len(ranked), size)]


def chars(docs: list[RawDocument]) -> int:
    return sum(len(doc.text or "") for doc in docs)


def interleaved(group: list[RawDocument]) -> tuple[Run, Run]:
    """Raw parse and pipeline alternating every STEP articles, so load drift hits both alike."""
    raw, e2e = Run(), Run()
    for start in range(0, len(group), STEP):
        step = group[start : start + STEP]
        raw.add(raw_parse(step))
        e2e.add(end_to_end(step, chars(step), workers=1))
    return raw, e2e


def length_rows(docs: list[RawDocument]) -> tuple[Run, Run, list[list[str]]]:
    """Raw parse and one-process pipeline per length quartile."""
    raw_total, e2e_total, rows = Run(), Run(), []
    for group in quartiles(docs):
        raw, e2e = interleaved(group)
        raw_total.add(raw)
        e2e_total.add(e2e)
        lengths = [len(doc.text or "") for doc in group]
        console.log(f"quartile ≤{max(lengths):,} chars: raw {raw.rate:.2f}, e2e {e2e.rate:.2f}/s")
        rows.append(
            [
                f"{min(lengths):,}–{max(lengths):,}",
                str(len(group)),
                f"{raw.rate:.2f}",
                f"{e2e.rate:.2f}",
                f"{1000 * e2e.wall_s / len(group):.0f}",
                f"{e2e.chars / e2e.wall_s / 1000:.1f}",
                f"{e2e.rate / raw.rate:.2f}",
            ]
        )
    return raw_total, e2e_total, rows


def size_rows(docs: list[RawDocument], base: int, workers: int) -> list[list[str]]:
    """A fixed sample repeated ×1, ×10, ×100, streamed through all cores."""
    step = max(1, len(docs) // base)
    sample = docs[::step][:base]
    rows = []
    for times in (1, 10, 100):
        run = end_to_end(repeated(sample, times), chars(sample) * times, workers)
        main_mb, worker_mb = peak_rss_mb()
        console.log(f"×{times}: {run.articles} articles, {run.rate:.2f}/s")
        rows.append(
            [
                f"×{times}",
                str(run.articles),
                f"{run.wall_s:.1f}",
                f"{run.rate:.2f}",
                f"{main_mb:.0f} / {worker_mb:.0f}",
            ]
        )
    return rows


def table(title: str, header: list[str], rows: list[list[str]]) -> tuple[Table, str]:
    """The same rows as a terminal table and as Markdown."""
    rich_table = Table(title=title)
    for column in header:
        rich_table.add_column(column)
    for row in rows:
        rich_table.add_row(*row)
    lines = [f"### {title}", "", "| " + " | ".join(header) + " |"]
    lines.append("|" + "---|" * len(header))
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return rich_table, "\n".join(lines) + "\n"


def verdict(value: float, target: float, higher_is_better: bool = True) -> str:
    met = value >= target if higher_is_better else value <= target
    return "met" if met else "MISSED"


def store_row(results: list[ArticleResult]) -> list[str]:
    rates = store_rates(results)
    if rates is None:
        return ["store write rate", "", "", "skipped: no store module on this branch"]
    per_second, refresh_s = rates
    note = f"SQLite, {len(results)} results; then refresh {refresh_s:.1f} s"
    return ["store write rate", f"{per_second:.1f}", "", note]


def contention(one: Run, many: Run, workers: int) -> str:
    """Why parallel runs fall short: idle workers (start-up, imbalance) or slower workers
    (cores shared with other jobs), told apart by the workers' own stage times."""
    busy = sum(many.stages.values()) / (many.wall_s * workers)
    slowdown = (sum(many.stages.values()) / many.articles) / (
        sum(one.stages.values()) / one.articles
    )
    return f"workers busy {busy:.0%}, each article {slowdown:.2f}× slower than on one process"


def summary_rows(
    raw: Run, one: Run, many: Run, workers: int, kept: list[ArticleResult]
) -> list[list[str]]:
    main_mb, worker_mb = peak_rss_mb()
    peak = max(main_mb, worker_mb)
    wall_ratio, cpu_ratio = one.rate / raw.rate, one.cpu_rate / raw.cpu_rate
    scaling = many.rate / one.rate
    return [
        [
            "raw spaCy parse (nlp.pipe)",
            f"{raw.rate:.2f}",
            f"{raw.chars / raw.wall_s / 1e3:.1f}",
            "",
        ],
        [
            "eventwire, 1 process",
            f"{one.rate:.2f}",
            f"{one.chars / one.wall_s / 1e3:.1f}",
            f"{wall_ratio:.2f}× raw (CPU time {cpu_ratio:.2f}×) — target ≥ 0.75: "
            f"{verdict(min(wall_ratio, cpu_ratio), TARGETS['one_process'])}",
        ],
        [
            f"eventwire, {workers} processes",
            f"{many.rate:.2f}",
            f"{many.chars / many.wall_s / 1e3:.1f}",
            f"{scaling:.2f}× one process — target ≥ 1.8 on 2 cores: "
            f"{verdict(scaling, TARGETS['two_cores'])}; {contention(one, many, workers)}",
        ],
        [
            "peak RSS (bench process / largest worker)",
            "",
            "",
            f"{main_mb:.0f} MB / {worker_mb:.0f} MB — target ≤ 1,500 MB: "
            f"{verdict(peak, TARGETS['rss_mb'], higher_is_better=False)}",
        ],
        store_row(kept),
    ]


def stage_rows(one: Run, many: Run) -> list[list[str]]:
    total = sum(one.stages.values())
    return [
        [
            stage,
            f"{seconds:.1f}",
            f"{100 * seconds / total:.0f} %",
            f"{1000 * seconds / one.articles:.1f}",
            f"{many.stages.get(stage, 0.0):.1f}",
        ]
        for stage, seconds in sorted(one.stages.items(), key=lambda item: -item[1])
    ]


def machine() -> str:
    model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return f"{default_workers()} cores usable ({os.cpu_count()} online), {model}; load {load}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, help="Only the first N articles (quick runs).")
    parser.add_argument("--size-base", type=int, default=4, help="Sample repeated 10×/100×.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "performance.md")
    args = parser.parse_args()
    started, before = time.perf_counter(), machine()
    docs = load_corpus(args.corpus, args.limit)
    if not docs:  # a wrong path reads as a corpus of no articles, then fails on an empty split
        parser.error(f"no article with text in {args.corpus}")
    workers = default_workers()
    console.log(f"{len(docs)} articles, {chars(docs):,} characters; {before}")
    list(process(docs[:2]))  # load the model and lexicons outside the timings
    raw, one, length = length_rows(docs)
    kept: list[ArticleResult] = []
    many = end_to_end(docs, chars(docs), workers, keep=kept)
    console.log(f"{workers} processes: {many.rate:.2f}/s")
    sizes = size_rows(docs, args.size_base, workers)
    startup = startup_rows(docs, raw_parse(docs[:CLI_ARTICLES]).rate)
    profile = [[name, f"{own:.2f}", f"{cum:.2f}"] for name, own, cum in profile_top(docs[:10])]
    sections = [
        table(
            "Throughput",
            ["run", "articles/s", "k chars/s", "vs target"],
            summary_rows(raw, one, many, workers, kept),
        ),
        table(
            "Start-up included (the command line as a user runs it)",
            ["run", "measure", "vs target"],
            startup,
        ),
        table(
            "Time per stage (one process; all-cores column summed over workers)",
            ["stage", "seconds", "share", "ms/article", f"seconds on {workers}"],
            stage_rows(one, many),
        ),
        table(
            "Cost by article length (one process, quartiles)",
            ["chars", "articles", "raw/s", "eventwire/s", "ms/article", "k chars/s", "ratio"],
            length,
        ),
        table(
            f"Growth with corpus size ({workers} processes, {args.size_base} articles repeated)",
            ["corpus", "articles", "seconds", "articles/s", "peak RSS MB (main / worker)"],
            sizes,
        ),
        table(
            "Costliest functions (cProfile, 10 articles, one process)",
            ["function", "own s", "cumulative s"],
            profile,
        ),
    ]
    for rich_table, _ in sections:
        console.print(rich_table)
    write_report(args, docs, before, time.perf_counter() - started, [md for _, md in sections])


def write_report(
    args: argparse.Namespace, docs: list[RawDocument], before: str, seconds: float, parts: list[str]
) -> None:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        "# Performance\n\n"
        f"Generated by `make bench` ({stamp}) in {seconds / 60:.1f} minutes on {len(docs)} "
        f"PolNeAR train articles ({chars(docs):,} characters), read in place.\n\n"
        f"Machine: {before} at the start; {machine().split('; ')[-1]} at the end. "
        "Load above the core count means other jobs shared the CPUs: wall-clock rates then "
        "understate, and the one-process comparison is also given in CPU time.\n\n"
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(parts) + kept_notes(args.out), encoding="utf-8")
    console.log(f"wrote {args.out}")


def kept_notes(report: Path) -> str:
    """The hand-written part of an earlier report (from NOTES_MARKER on), kept across runs."""
    old = report.read_text(encoding="utf-8") if report.exists() else ""
    at = old.find(NOTES_MARKER)
    return "\n" + old[at:] if at >= 0 else ""


if __name__ == "__main__":
    main()
