"""`eventwire serve`: several worker processes over one store, no per-request logging."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from eventwire import cli
from eventwire.parallel import default_workers
from eventwire.serve import DB_ENV, POOL_ENV, app_from_env, pool_size
from tests.records import sample_store


def _serve_calls(monkeypatch: pytest.MonkeyPatch, *args: str) -> dict:
    calls: list[dict] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append({"app": app, **options}))
    assert CliRunner().invoke(cli.app, ["serve", *args]).exit_code == 0
    (call,) = calls
    return call


def test_serve_runs_an_importable_factory_on_every_core(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_store(tmp_path / "e.db").close()  # serve refuses a store that does not exist
    call = _serve_calls(monkeypatch, "--db", str(tmp_path / "e.db"))
    assert call["app"] == "eventwire.serve:app_from_env" and call["factory"] is True
    assert call["workers"] == default_workers()
    assert call["access_log"] is False
    assert _serve_calls(monkeypatch, "--db", str(tmp_path / "e.db"), "-w", "3")["workers"] == 3


def test_each_workers_pool_is_its_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sample_store(tmp_path / "e.db").close()
    monkeypatch.setenv(DB_ENV, str(tmp_path / "e.db"))
    monkeypatch.setenv(POOL_ENV, str(pool_size(4)))
    app = app_from_env()
    assert app.state.store.engine.pool.size() == pool_size(4) == 16
    assert pool_size(64) == 4, "never below four connections"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_two_workers_serve_the_store_without_access_logs(tmp_path: Path) -> None:
    db = str(tmp_path / "e.db")
    sample_store(tmp_path / "e.db").close()
    port = _free_port()
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", db, "--port", str(port)]
    server = subprocess.Popen([*command, "--workers", "2"], stderr=subprocess.PIPE, text=True)
    try:
        answers = [_get_when_up(f"http://127.0.0.1:{port}/api/stats") for _ in range(20)]
        assert {answer.status_code for answer in answers} == {200}
    finally:
        server.terminate()
        _, log = server.communicate(timeout=30)
    assert "GET /api/stats" not in log
    assert log.count("Started server process") == 2, log


def _get_when_up(url: str, seconds: float = 60) -> httpx.Response:
    end = time.monotonic() + seconds
    while True:
        try:
            return httpx.get(url, timeout=5)
        except httpx.TransportError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)
