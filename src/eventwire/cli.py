"""The `eventwire` command: thin wrappers that parse arguments, call the library, print."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from eventwire.ingest import RawDocument, read_inputs
from eventwire.model import ArticleResult
from eventwire.pipeline import process
from eventwire.report import print_summary

app = typer.Typer(
    help="News articles in, structured political event data with evidence out.",
    no_args_is_help=True,
)
stderr = Console(stderr=True)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _with_default_date(docs: Iterable[RawDocument], fallback: date | None) -> Iterator[RawDocument]:
    """Give documents without a date the one the caller supplied on the command line."""
    for doc in docs:
        yield replace(doc, date=doc.date or fallback.isoformat()) if fallback else doc


def _progress(enabled: bool) -> Progress | nullcontext[None]:
    if not enabled:
        return nullcontext()
    return Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeElapsedColumn(),
        console=stderr,
    )


def run_pipeline(
    paths: list[str], supplied: date | None, show_progress: bool
) -> Iterator[ArticleResult]:
    """Results in input order, with a progress bar on stderr for many documents."""
    docs = list(_with_default_date(read_inputs(paths), supplied))
    with _progress(show_progress and len(docs) > 1) as progress:
        task = progress.add_task("extract", total=len(docs), rate="") if progress else None
        for done, result in enumerate(process(docs), start=1):
            if progress is not None and task is not None:
                elapsed = progress.tasks[task].elapsed or 1e-9
                progress.update(task, completed=done, rate=f"{done / elapsed:.1f} articles/s")
            yield result


def dump(result: ArticleResult, indent: int | None = None) -> str:
    return json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=indent)


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
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
) -> None:
    """Extract metadata, actors, quotes, events, times and places as JSON / JSON Lines."""
    supplied = date.fromisoformat(supplied_date) if supplied_date else None
    results = run_pipeline(paths, supplied, show_progress=True)
    first = next(results, None)
    second = next(results, None)
    with output.open("w", encoding="utf-8") if output else nullcontext(sys.stdout) as sink:
        if first is not None and second is None and not jsonl:
            sink.write(dump(first, indent=2) + "\n")
            return
        for result in (r for r in (first, second) if r is not None):
            sink.write(dump(result) + "\n")
        for result in results:
            sink.write(dump(result) + "\n")


@app.command()
def demo(
    path: Annotated[Path, typer.Argument(help="Corpus to run on.")] = SAMPLES,
) -> None:
    """Run the pipeline on the bundled sample and print a readable summary."""
    console = Console()
    for result in run_pipeline([str(path)], None, show_progress=True):
        print_summary(console, result)


@app.command()
def schema(
    output: Annotated[Path | None, typer.Option("-o", "--output")] = None,
) -> None:
    """Print the JSON Schema of the output contract (one object per article)."""
    text = json.dumps(ArticleResult.model_json_schema(), indent=2) + "\n"
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    app()
