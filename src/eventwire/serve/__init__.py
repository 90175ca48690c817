"""The web app: the REST API under /api, OpenAPI docs at /docs and /redoc, the offline page at /."""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire.serve.api import router
from eventwire.serve.docs import add_docs
from eventwire.serve.headers import SecurityHeaders
from eventwire.store import DEFAULT_DB, Store

WEB = Path(__file__).parent / "web"
DB_ENV = "EVENTWIRE_DB"
POOL_ENV = "EVENTWIRE_POOL_SIZE"
CONNECTIONS = 64
"""Database connections all server processes together keep open (PostgreSQL allows 100 by
default); each worker's pool gets its share."""


def pool_size(workers: int) -> int:
    """One worker's share of CONNECTIONS, never under 4."""
    return max(4, CONNECTIONS // max(workers, 1))


def app_from_env() -> FastAPI:
    """The app factory `eventwire serve` names to uvicorn by import path, so that each worker
    process builds its own app, store and pool (an app object cannot be shared by workers)."""
    pool = int(os.environ.get(POOL_ENV, "0")) or None
    return create_app(Store(os.environ.get(DB_ENV, DEFAULT_DB), pool_size=pool))


def create_app(store: Store) -> FastAPI:
    """An app over one store; static files come only from the package's web folder."""
    app = FastAPI(
        title="eventwire",
        description="Political events, actors, quotes, times and places read from news "
        "articles; every record points at the text that supports it.",
        version="1",
        docs_url=None,  # add_docs serves /docs and /redoc without a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    app.include_router(router)
    add_docs(app)
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
