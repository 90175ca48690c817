"""The commands that read a store `eventwire ingest` filled: query it, export it, serve it.

They live apart from cli.py, whose commands run the pipeline; these never load spaCy, and
each imports the store, the exporters or the server only when it runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from eventwire.choices import DEFAULT_DB, ExportFormat
from eventwire.cli_checks import open_store, parse_date

stderr = Console(stderr=True)

DbOption = Annotated[
    str, typer.Option("--db", help="SQLite file, or a postgresql://user@host/name URL.")
]


query_app = typer.Typer(help="List stored events, actors or quotes as tables.")


def _query_command(kind: str) -> None:
    def command(
        db: DbOption = DEFAULT_DB,
        since: Annotated[str | None, typer.Option(help="From this date (YYYY-MM-DD).")] = None,
        until: Annotated[str | None, typer.Option(help="Up to this date, inclusive.")] = None,
        type_: Annotated[
            str | None, typer.Option("--type", help="Event type/CAMEO, actor type, quote kind.")
        ] = None,
        actor: Annotated[str | None, typer.Option(help="Actor or speaker name contains.")] = None,
        country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-3 code.")] = None,
        limit: Annotated[int, typer.Option(min=1, max=10000)] = 50,
    ) -> None:
        from eventwire.store import read
        from eventwire.store.paging import Filters
        from eventwire.store.show import records_table

        filters = Filters(
            since=parse_date(since, "--since"),
            until=parse_date(until, "--until"),
            type=type_,
            actor=actor,
            country=country.upper() if country else None,
        )
        with open_store(db, must_exist=True).engine.connect() as connection:
            page = getattr(read, kind)(connection, filters, limit, None)
        Console().print(records_table(kind, page.items))

    command.__doc__ = f"Stored {kind}, filtered."
    query_app.command(kind)(command)


for _kind in ("events", "actors", "quotes"):
    _query_command(_kind)


def export(
    output: Annotated[Path, typer.Option("-o", "--output", help="Write here.")],
    format_: Annotated[ExportFormat, typer.Option("--format", help="Output format.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Export the store: results as JSONL, events as CSV/Parquet, or POLECAT/GDELT-shaped TSV."""
    from eventwire.export import sidecar_path, write_export

    count = write_export(open_store(db, must_exist=True), format_, output)
    extra = (
        f" (eventwire's columns: {sidecar_path(output)})" if format_ is ExportFormat.GDELT else ""
    )
    stderr.print(f"wrote {count} rows to {output}{extra}", soft_wrap=True)


WORKER_START_S = 60
"""How long a server worker may take to start (import and open the store) on a busy machine;
uvicorn's 5 s default kills workers that spawn while other jobs load the cores."""


def serve(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to bind (local only by default).")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    workers: Annotated[
        int, typer.Option("--workers", "-w", min=0, help="Server processes; 0 means all cores.")
    ] = 0,
    access_log: Annotated[bool, typer.Option(help="Log every request (costs throughput).")] = False,
) -> None:
    """Serve the REST API (/docs) and the web page (/) over the store."""
    import uvicorn

    from eventwire.parallel import default_workers
    from eventwire.serve import DB_ENV, POOL_ENV, pool_size

    count = workers or default_workers()
    open_store(db, must_exist=True).close()  # refuse a missing store before workers start
    os.environ[DB_ENV] = db
    os.environ[POOL_ENV] = str(pool_size(count))
    uvicorn.run(
        "eventwire.serve:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=count,
        access_log=access_log,
        timeout_worker_healthcheck=WORKER_START_S,
    )


def add_store_commands(app: typer.Typer) -> None:
    """Register the commands over a store on the main app, after `ingest`, which fills it."""
    app.add_typer(query_app, name="query")
    app.command()(export)
    app.command()(serve)
