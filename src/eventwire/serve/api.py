"""The REST API: read-only, validated filters, keyset pagination, every record with evidence.

Every value a request carries reaches SQL as a bound parameter; no route takes SQL, a table
name or a file path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from sqlalchemy import Connection

from eventwire.choices import LAST_FILTER_DAY
from eventwire.serve.geo import world
from eventwire.store import Store, browse, read
from eventwire.store.items import (
    ActorItem,
    ArticleDetail,
    ArticleItem,
    EventItem,
    FeatureCollection,
    MergedEventItem,
    Network,
    Page,
    PlaceItem,
    QuoteItem,
    SearchHit,
    Stats,
)
from eventwire.store.paging import Filters
from eventwire.store.search import search as run_search

router = APIRouter(prefix="/api")

KEY = r"^[A-Za-z0-9_-]{1,64}$"
CODE = r"^[A-Za-z0-9_.:-]{1,40}$"
PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
"""Free text (names, search terms): no NUL or other control characters, which no stored text
holds (ingest removes them) and PostgreSQL refuses outright."""


def connection(request: Request) -> Iterator[Connection]:
    store: Store = request.app.state.store
    with store.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]


def filters(
    since: Annotated[
        date | None, Query(le=LAST_FILTER_DAY, description="On or after this date.")
    ] = None,
    until: Annotated[
        date | None, Query(le=LAST_FILTER_DAY, description="On or before this date.")
    ] = None,
    type: Annotated[
        str | None, Query(pattern=CODE, description="Event type or CAMEO code; actor type.")
    ] = None,
    actor: Annotated[
        str | None,
        Query(max_length=100, pattern=PRINTABLE, description="Actor or speaker name contains."),
    ] = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3.")
    ] = None,
) -> Filters:
    return Filters(since, until, type, actor, country.upper() if country else None)


Filtered = Annotated[Filters, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=500)]
Cursor = Annotated[
    str | None,
    Query(max_length=400, pattern=r"^[A-Za-z0-9_=-]*$", description="From `next_cursor`."),
]
BAD_CURSOR: dict[int | str, dict[str, Any]] = {400: {"description": "Not a cursor this API made."}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such article."}}
T = TypeVar("T")
Lister = Callable[[Connection, Filters, int, str | None], Page[T]]


def _page(
    lister: Lister[T], conn: Connection, f: Filters, limit: int, cursor: str | None
) -> Page[T]:
    try:
        return lister(conn, f, limit, cursor)
    except ValueError as error:  # only a malformed cursor raises here
        raise HTTPException(status_code=400, detail=str(error)) from error


@router.get("/articles", summary="Stored articles", responses=BAD_CURSOR)
def list_articles(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[ArticleItem]:
    return _page(browse.articles, conn, f, limit, cursor)


@router.get(
    "/articles/{article_id}",
    summary="One article: its full result and duplicates",
    responses=NOT_FOUND,
)
def get_article(conn: Conn, article_id: Annotated[str, Path(pattern=KEY)]) -> ArticleDetail:
    found = browse.article(conn, article_id)
    if found is None:
        raise HTTPException(status_code=404, detail="no such article")
    return found


@router.get(
    "/events",
    summary="Events as each article states them",
    responses=BAD_CURSOR,
)
def list_events(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[EventItem]:
    return _page(read.events, conn, f, limit, cursor)


@router.get(
    "/merged-events",
    summary="Events merged across sources",
    responses=BAD_CURSOR,
)
def list_merged(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[MergedEventItem]:
    return _page(browse.merged_events, conn, f, limit, cursor)


@router.get("/actors", summary="Actors with their mentions", responses=BAD_CURSOR)
def list_actors(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[ActorItem]:
    return _page(read.actors, conn, f, limit, cursor)


@router.get("/quotes", summary="Quotes with speaker and cue", responses=BAD_CURSOR)
def list_quotes(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[QuoteItem]:
    return _page(read.quotes, conn, f, limit, cursor)


@router.get("/places", summary="Geocoded places", responses=BAD_CURSOR)
def list_places(
    conn: Conn, f: Filtered, limit: Limit = 50, cursor: Cursor = None
) -> Page[PlaceItem]:
    return _page(read.places, conn, f, limit, cursor)


@router.get("/search", summary="Full-text search over articles and quotes")
def search(
    conn: Conn,
    q: Annotated[str, Query(min_length=1, max_length=200, pattern=PRINTABLE)],
    kind: Literal["article", "quote"] | None = None,
    limit: Limit = 20,
) -> list[SearchHit]:
    return run_search(conn, q, kind, limit)


@router.get("/network", summary="Who acts on whom, by event type")
def network(
    conn: Conn, f: Filtered, limit: Annotated[int, Query(ge=1, le=20000)] = 5000
) -> Network:
    return browse.network(conn, f, limit)


@router.get("/stats", summary="Counts, event types, date span, merging")
def stats(conn: Conn) -> Stats:
    return browse.stats(conn)


@router.get(
    "/geo/countries",
    summary="Country shapes (GeoJSON) for the map",
    response_model=FeatureCollection,
)
def countries() -> dict[str, Any]:
    return world()
