"""Start-up included: `eventwire extract` as a user runs it, timed from the shell's point of view.

Two measures: one article from a cold start (a fresh process: imports, model, lexicons), and
CLI_ARTICLES articles on all cores, start-up included, against the raw spaCy parse of the same
texts on one process (model already loaded: the most favourable comparison for the parse).
Runnable alone (`python bench/cold.py CORPUS`) for a quick reading without the full bench.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventwire.ingest import RawDocument

CLI_ARTICLES = 150
COLD_RUNS = 3
TARGETS = {"cold_start_s": 2.5, "cli_vs_raw": 1.2}


def _extract_seconds(*args: str) -> float:
    """Wall time of one `eventwire extract` process, start to exit."""
    command = [sys.executable, "-m", "eventwire.cli", "extract", *args]
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def cold_start_s(doc: RawDocument, runs: int = COLD_RUNS) -> float:
    """Median seconds to extract one article in a fresh process (after one warm-up run, so the
    files are in the page cache as they are for anyone who has run it once)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "article.txt"
        path.write_text(doc.text or "", encoding="utf-8")
        _extract_seconds(str(path))
        return statistics.median(_extract_seconds(str(path)) for _ in range(runs))


def cli_all_cores(docs: list[RawDocument]) -> tuple[float, int]:
    """Articles per second of `eventwire extract` over a JSONL of `docs` on all cores, start-up
    included, and the workers it used."""
    with tempfile.TemporaryDirectory() as folder:
        source, output = Path(folder) / "in.jsonl", Path(folder) / "out.jsonl"
        lines = (json.dumps({"id": doc.id, "text": doc.text}) + "\n" for doc in docs)
        source.write_text("".join(lines), encoding="utf-8")
        seconds = _extract_seconds(str(source), "-o", str(output))
    return len(docs) / seconds, len(os.sched_getaffinity(0))


def rows(docs: list[RawDocument], raw_rate: float) -> list[list[str]]:
    """Table rows: the cold start and the command line on all cores against `raw_rate`."""
    cold = cold_start_s(docs[0])
    rate, workers = cli_all_cores(docs[:CLI_ARTICLES])
    ratio = rate / raw_rate
    return [
        [
            "one article, cold start (`eventwire extract a.txt`)",
            f"{cold:.2f} s",
            f"target ≤ {TARGETS['cold_start_s']} s: "
            f"{'met' if cold <= TARGETS['cold_start_s'] else 'MISSED'}",
        ],
        [
            f"`eventwire extract` of {min(len(docs), CLI_ARTICLES)} articles, {workers} cores, "
            "start-up included",
            f"{rate:.2f} articles/s",
            f"{ratio:.2f}× the one-process raw parse ({raw_rate:.2f}/s) — target ≥ "
            f"{TARGETS['cli_vs_raw']}: {'met' if ratio >= TARGETS['cli_vs_raw'] else 'MISSED'}",
        ],
    ]


def main() -> None:
    from measure import load_corpus, raw_parse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args()
    docs = load_corpus(args.corpus, CLI_ARTICLES)
    raw_parse(docs[:2])  # load the model outside the timing
    raw = raw_parse(docs)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    for row in rows(docs, raw.rate):
        print(" | ".join(row))
    print(f"load average at the end: {load}")


if __name__ == "__main__":
    main()
