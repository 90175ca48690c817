"""Stage-failure census over real news (`make eval-failures`).

Usage: python -m eval.failures [JSONL ...]  (default: the PolNeAR train articles and the
TimeBank dev documents under ../shared/eval). Runs the pipeline over every document and counts
the `stage_failed` errors per stage, exception type and the place in eventwire's code that
raised it, with a few document ids for each; other recorded errors (timeouts, refusals) are
counted by stage and reason. Takes several minutes: run it with `nice`.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from eval.scoring import read_jsonl
from eventwire import pipeline
from eventwire.ingest import RawDocument
from eventwire.model import ErrorReason

SHARED = Path("../shared/eval")
DEFAULT = [SHARED / "quotes" / "train.jsonl", SHARED / "time" / "dev.jsonl"]
EXAMPLES = 3
RECURSION_WINDOW = 60  # innermost frames of a RecursionError that show the cycle

Crash = tuple[str, str, str]  # stage, exception type, location


def _short(frame: traceback.FrameSummary) -> str:
    return f"{frame.filename.split('/eventwire/')[-1]}:{frame.name}"


def location(error: BaseException) -> str:
    """The innermost function of eventwire's own code that was running (file:function:line),
    and the library frame that raised, if any; for a RecursionError the functions that recur."""
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "/eventwire/" in f.filename and not f.name.startswith("<")]
    if isinstance(error, RecursionError) and ours:
        calls = Counter(_short(f) for f in ours[-RECURSION_WINDOW:])
        return "recursion through " + ", ".join(sorted(f for f, n in calls.items() if n > 1))
    where = ours[-1] if ours else frames[-1]
    text = f"{_short(where)}:{where.lineno}"
    if "/eventwire/" not in frames[-1].filename:
        text += f" (raised in {Path(frames[-1].filename).name}:{frames[-1].name})"
    return text


class Census:
    """Wraps each pipeline stage to note where an exception came from. The pipeline records
    only the message (the batch must go on); the traceback is gone by the time the result is
    read, so the stage itself is wrapped here, and re-raises so the pipeline behaves as usual."""

    def __init__(self) -> None:
        self.crashes: Counter[Crash] = Counter()
        self.examples: dict[Crash, list[str]] = defaultdict(list)
        self.errors: Counter[tuple[str, str]] = Counter()

    def wrap(self, name: str, stage: pipeline.Stage) -> pipeline.Stage:
        def run(analysis: pipeline.Analysis) -> None:
            try:
                stage(analysis)
            except Exception as error:
                crash = (name, type(error).__name__, location(error))
                self.crashes[crash] += 1
                self.examples[crash].append(analysis.result.id)
                raise

        return run

    def install(self) -> None:
        pipeline.STAGES[:] = [(name, self.wrap(name, stage)) for name, stage in pipeline.STAGES]


def documents(paths: list[Path]) -> Iterator[RawDocument]:
    for path in paths:
        for record in read_jsonl(path):
            date = record.get("date") or record.get("dct")
            yield RawDocument(id=record["id"], text=record["text"], date=date)


def report(census: Census, documents_read: int) -> None:
    failed = sum(census.crashes.values())
    print(f"{documents_read} documents; {failed} stage_failed errors\n")
    print("| stage | exception | where | count | e.g. |")
    print("|---|---|---|---|---|")
    for (stage, kind, where), count in census.crashes.most_common():
        ids = ", ".join(census.examples[(stage, kind, where)][:EXAMPLES])
        print(f"| {stage} | {kind} | {where} | {count} | {ids} |")
    others = {k: n for k, n in census.errors.items() if k[1] != ErrorReason.STAGE_FAILED}
    if others:
        print("\nOther recorded errors (stage, reason): count")
        for (stage, reason), count in sorted(others.items()):
            print(f"- {stage}, {reason}: {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*", default=DEFAULT)
    args = parser.parse_args()
    census = Census()
    census.install()
    count = 0
    for count, result in enumerate(pipeline.process(documents(args.paths)), start=1):
        census.errors.update((e.stage, e.reason) for e in result.errors)
        if count % 100 == 0:
            print(f"{count} documents", file=sys.stderr)
    report(census, count)


if __name__ == "__main__":
    main()
