"""Kill -9 at random points: a resumed ingest ends with the same database as an uninterrupted one.

`eventwire ingest` runs as a child process and is killed with SIGKILL while it migrates, parses,
writes articles or refreshes the derived tables; each kill is followed by checks of what was
left, and the next run resumes from it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import Store
from tests.crash import integrity, run_ingest, snapshot, start_ingest, stored_articles, write_corpus

STORIES = 70
KILLS = 10

KILL_AT_STATEMENT = """
import os, signal, sys
from sqlalchemy import Engine, event
from eventwire.store import Store
statements = iter(range(int(sys.argv[2]), 0, -1))
event.listen(Engine, "before_cursor_execute",
             lambda *_: next(statements, 0) or os.kill(os.getpid(), signal.SIGKILL))
Store(sys.argv[1])
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("crash") / "corpus", STORIES)


@pytest.fixture(scope="module")
def reference(corpus: Path) -> Path:
    db = corpus.parent / "reference.db"
    run_ingest(corpus, db)
    assert integrity(db) == ["ok"]
    return db


def _remove(db: Path) -> None:
    for path in db.parent.glob(db.name + "*"):
        path.unlink()


def _kill_when_stored(corpus: Path, db: Path, target: int, rng: random.Random) -> bool:
    """Start an ingest, SIGKILL it once `target` articles are stored (plus a random few ms).

    False when the run finished before it could be killed.
    """
    child = start_ingest(corpus, db)
    while child.poll() is None and len(stored_articles(db)) < target:
        time.sleep(0.005)
    time.sleep(rng.uniform(0, 0.05))
    if child.poll() is not None:
        return False
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return True


@pytest.mark.slow
def test_killed_ingests_resume_to_the_uninterrupted_result(
    corpus: Path, reference: Path, tmp_path: Path
) -> None:
    rng = random.Random(9)
    db = tmp_path / "killed.db"
    total = len(stored_articles(reference))
    kills = 0
    for _attempt in range(3 * KILLS):
        # spread over the run: the first kills land in start-up, the last in the refresh
        target = min(total, int(total * (kills + rng.random()) / (KILLS - 1)))
        if not _kill_when_stored(corpus, db, target, rng):
            _remove(db)  # it finished: start over so the remaining kills still interrupt work
            continue
        kills += 1
        assert integrity(db) == ["ok"]
        stored = stored_articles(db)
        assert snapshot(db, stored) == snapshot(reference, stored), "a half-written article"
        if kills == KILLS:
            break
    assert kills == KILLS
    run_ingest(corpus, db)
    assert integrity(db) == ["ok"]
    assert snapshot(db) == snapshot(reference)


def test_a_kill_during_the_first_migration_leaves_a_store_that_opens(tmp_path: Path) -> None:
    """Python's sqlite3 commits DDL at once unless the store wraps it in a real transaction."""
    for statement in (3, 8, 15, 25):
        db = tmp_path / f"m{statement}.db"
        killed = subprocess.run([sys.executable, "-c", KILL_AT_STATEMENT, str(db), str(statement)])
        assert killed.returncode == -signal.SIGKILL
        Store(str(db)).close()  # migrates from wherever the killed run stopped
        assert integrity(db) == ["ok"]
