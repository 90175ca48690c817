"""The server's exposure: read-only routes, and `eventwire serve` reachable from this host only."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire import cli
from eventwire.serve import create_app
from eventwire.store import Store
from tests.records import sample_store


def test_every_route_is_read_only(tmp_path: Path) -> None:
    """No writing endpoint exists, so none needs a token; other methods are refused."""
    client = TestClient(create_app(sample_store(tmp_path / "e.db")))
    paths = client.get("/openapi.json").json()["paths"]
    assert {method for operations in paths.values() for method in operations} == {"get"}
    for path in [*paths, "/", "/static/app.js"]:
        concrete = path.replace("{article_id}", "abc")
        for method in ("post", "put", "patch", "delete"):
            assert getattr(client, method)(concrete).status_code == 405, (method, path)


def test_serve_binds_localhost_unless_told(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append(options))
    runner = CliRunner()
    db = str(tmp_path / "e.db")
    Store(db).close()  # serve refuses a database that does not exist
    assert runner.invoke(cli.app, ["serve", "--db", db]).exit_code == 0
    assert runner.invoke(cli.app, ["serve", "--db", db, "--host", "0.0.0.0"]).exit_code == 0
    assert [call["host"] for call in calls] == ["127.0.0.1", "0.0.0.0"]
