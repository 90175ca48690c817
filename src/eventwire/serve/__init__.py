"""The web app: the REST API under /api, OpenAPI docs at /docs, the offline page at /."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire.serve.api import router
from eventwire.serve.headers import SecurityHeaders
from eventwire.store import Store

WEB = Path(__file__).parent / "web"


def create_app(store: Store) -> FastAPI:
    """An app over one store; static files come only from the package's web folder."""
    app = FastAPI(
        title="eventwire",
        description="Political events, actors, quotes, times and places read from news "
        "articles; every record points at the text that supports it.",
        version="1",
    )
    app.state.store = store
    app.add_middleware(SecurityHeaders)
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=WEB), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB / "index.html")

    return app
