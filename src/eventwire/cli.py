"""The `eventwire` command: thin wrappers that parse arguments, call the library, print."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer
from rich.console import Console

from eventwire.choices import DEFAULT_DB
from eventwire.cli_checks import check_inputs, open_store, parse_date, use_dictionaries
from eventwire.cli_store import DbOption, add_store_commands
from eventwire.lexicons import DICTIONARIES_SETTING

if TYPE_CHECKING:
    from rich.progress import Progress

    from eventwire.ingest import RawDocument
    from eventwire.model import ArticleResult

# Each command imports what it needs when it runs (spaCy, the store, the exporters, the server
# each take up to seconds to import): `eventwire --help` or one article start fast.

app = typer.Typer(
    help="News articles in, structured political event data with evidence out.",
    no_args_is_help=True,
)
stderr = Console(stderr=True)
T = TypeVar("T")

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
REFERENCE_ARTICLE = "tass-belarus-drills.txt"  # the demo opens with it: the best-covered sample


def _with_default_date(docs: Iterable[RawDocument], fallback: date | None) -> Iterator[RawDocument]:
    """Give documents without a date the one the caller supplied on the command line."""
    for doc in docs:
        yield replace(doc, date=doc.date or fallback.isoformat()) if fallback else doc


def _progress() -> Progress:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
    )


def run_pipeline(docs: Iterable[RawDocument], workers: int) -> Iterator[ArticleResult]:
    """Results in input order, streamed, with a progress bar (articles/s) on stderr."""
    from eventwire.parallel import default_workers, process_parallel

    yield from _tracked(process_parallel(docs, workers or default_workers()))


def extracted_lines(docs: Iterable[RawDocument], workers: int) -> Iterator[str]:
    """Results as JSON lines in input order, each written by the worker that made it (see
    `eventwire.output`), with a progress bar."""
    from eventwire.output import json_line
    from eventwire.parallel import default_workers, encoded_parallel

    yield from _tracked(encoded_parallel(docs, workers or default_workers(), json_line))


def _tracked(results: Iterable[T]) -> Iterator[T]:
    """Pass results through, advancing a progress bar on stderr."""
    with _progress() as progress:
        task = progress.add_task("extract", total=None, rate="")
        for done, result in enumerate(results, start=1):
            elapsed = progress.tasks[task].elapsed or 1e-9
            progress.update(task, completed=done, rate=f"{done / elapsed:.1f} articles/s")
            yield result


def read_documents(
    paths: list[str], supplied: date | None, fetch: bool, allow: list[str] | None = None
) -> Iterator[RawDocument]:
    from eventwire.ingest import read_inputs
    from eventwire.ingest.fetch import Fetcher, FetchPolicy
    from eventwire.ingest.sources import ReadOptions

    policy = FetchPolicy(allowed_networks=tuple(allow or ()))
    options = ReadOptions(fetcher=Fetcher(policy) if fetch else None, policy=policy)
    return _with_default_date(read_inputs(paths, options), supplied)


def _networks(values: list[str] | None) -> list[str] | None:
    """Check `--allow-network` values early, so a typo is a usage error, not a refused fetch.
    Without any, nothing is imported (the fetch guard loads httpx: a tenth of a second before
    `extract` can start its workers)."""
    if not values:
        return values
    from eventwire.ingest.netguard import parse_networks

    try:
        parse_networks(values)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--allow-network") from error
    return values


AllowNetwork = Annotated[
    list[str] | None,
    typer.Option(
        "--allow-network",
        metavar="CIDR",
        callback=_networks,
        help="Let fetches reach this private/loopback range (repeatable); refused by default.",
    ),
]


Workers = Annotated[
    int, typer.Option("--workers", "-w", help="Processes to run on; 0 means all cores.")
]
Dictionaries = Annotated[
    Path | None,
    typer.Option(
        envvar=DICTIONARIES_SETTING,
        help="Folder of your CAMEO/PETRARCH actor and agent dictionaries (over eventwire's).",
    ),
]


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, globs, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Write here.")] = None,
    jsonl: Annotated[bool, typer.Option(help="JSON Lines even for a single article.")] = False,
    supplied_date: Annotated[
        str | None,
        typer.Option(
            "--date",
            help="Publication date (YYYY-MM-DD) for inputs "
            "that carry none; also settles a dateline's missing year.",
        ),
    ] = None,
    workers: Workers = 0,
    resume: Annotated[
        bool, typer.Option(help="Go on with an interrupted run into the -o file (JSONL).")
    ] = False,
    fetch: Annotated[
        bool, typer.Option(help="Fetch the pages that feed entries link to (else summaries).")
    ] = True,
    allow_network: AllowNetwork = None,
    all_events: Annotated[
        bool, typer.Option("--all", help="Keep low-confidence events too (see `confidence`).")
    ] = False,
    dictionaries: Dictionaries = None,
) -> None:
    """Extract metadata, actors, quotes, events, times and places as JSON / JSON Lines."""
    use_dictionaries(dictionaries)
    if all_events:  # read by the events stage, also in worker processes
        from eventwire.events.extract import ALL_EVENTS_SETTING

        os.environ[ALL_EVENTS_SETTING] = "1"
    supplied = parse_date(supplied_date, "--date")
    check_inputs(paths)
    from eventwire.parallel import start_early

    start_early(paths, 1 if resume else workers)  # a resumed run may have little left to do
    docs = read_documents(paths, supplied, fetch, allow_network)
    if resume:
        if output is None:
            raise typer.BadParameter("--resume needs -o FILE", param_hint="--resume")
        _resume(docs, output, workers)
        return
    lines = extracted_lines(docs, workers)
    first = next(lines, None)
    second = next(lines, None)
    with output.open("w", encoding="utf-8") if output else nullcontext(sys.stdout) as sink:
        if first is not None and second is None and not jsonl:
            from eventwire.output import indented

            sink.write(indented(first) + "\n")
            return
        _write_lines(sink, (line for line in (first, second) if line is not None))
        _write_lines(sink, lines)


def _write_lines(sink: TextIO, lines: Iterable[str]) -> None:
    """One result a line, flushed at once so a kill loses at most the line being written."""
    for line in lines:
        sink.write(line + "\n")
        sink.flush()


def _resume(docs: Iterable[RawDocument], output: Path, workers: int) -> None:
    from eventwire.resume import ResumeMismatch, completed_ids, skip_completed

    done = completed_ids(output)
    if done:
        stderr.print(f"resuming after {len(done):,} finished articles in {output}")
    try:
        remaining = skip_completed(docs, done)
        with output.open("a", encoding="utf-8") as sink:
            _write_lines(sink, extracted_lines(remaining, workers))
    except ResumeMismatch as error:
        stderr.print(f"[red]cannot resume:[/red] {error}")
        raise typer.Exit(2) from error


def _not_reference(doc: RawDocument) -> bool:
    """Sort key that puts the reference article first (the sort is stable for the rest)."""
    return doc.id != REFERENCE_ARTICLE


@app.command()
def demo(
    path: Annotated[Path, typer.Argument(help="Corpus to run on.")] = SAMPLES,
    workers: Workers = 0,
) -> None:
    """Run the pipeline on the bundled samples (the reference article first) and summarise."""
    from eventwire.report import print_summary

    console = Console()
    check_inputs([str(path)])
    docs = sorted(read_documents([str(path)], None, fetch=False), key=_not_reference)
    for result in run_pipeline(docs, workers):
        print_summary(console, result)


@app.command()
def spark(
    source: Annotated[str, typer.Argument(help="File, directory or glob (local, HDFS, S3).")],
    output: Annotated[str, typer.Argument(help="Parquet directory to write (replaced).")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[*]",
    partitions: Annotated[int | None, typer.Option(help="Minimum input partitions.")] = None,
) -> None:
    """Run the pipeline as a PySpark job and write Parquet (needs the `spark` extra and Java)."""
    try:
        from eventwire.spark import run_spark
    except ImportError as error:
        stderr.print(f"[red]{error}[/red]: install with pip install 'eventwire[spark]'")
        raise typer.Exit(2) from error
    count = run_spark(source, output, master, partitions)
    stderr.print(f"wrote {count:,} articles to {output}")


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """Print the JSON Schema of the output contract (one object per article)."""
    from eventwire.model import ArticleResult

    text = json.dumps(ArticleResult.model_json_schema(), indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    db: DbOption = DEFAULT_DB,
    supplied_date: Annotated[
        str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) if none.")
    ] = None,
    workers: Workers = 0,
    fetch: Annotated[
        bool, typer.Option(help="Fetch the pages that feed entries link to (else summaries).")
    ] = True,
    allow_network: AllowNetwork = None,
    dictionaries: Dictionaries = None,
) -> None:
    """Run the pipeline on all cores and store the results; a re-run skips what is stored."""
    use_dictionaries(dictionaries)
    from eventwire.parallel import default_workers, process_parallel
    from eventwire.pipeline import PIPELINE_VERSION
    from eventwire.store.load import pending, save_all

    supplied = parse_date(supplied_date, "--date")
    check_inputs(paths)
    store = open_store(db)
    skipped: Counter[str] = Counter()
    docs = read_documents(paths, supplied, fetch, allow_network)
    todo = pending(store, docs, PIPELINE_VERSION, skipped)
    results = process_parallel(todo, workers or default_workers())
    outcomes = save_all(store, _tracked(results), PIPELINE_VERSION)
    counts = ", ".join(f"{name} {n}" for name, n in sorted(outcomes.items()))
    stderr.print(f"{db}: skipped {skipped['stored']} already stored; {counts}", soft_wrap=True)


add_store_commands(app)


if __name__ == "__main__":
    app()
