"""The REST API through FastAPI's TestClient: filters, pagination, evidence, hostile input."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from eventwire.serve import create_app
from tests.records import sample_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = sample_store(tmp_path_factory.mktemp("api") / "e.db")
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


def _items(client: TestClient, path: str, **params: str) -> list[dict]:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_events_carry_evidence_and_links(client: TestClient) -> None:
    events = _items(client, "/api/events", country="BLR")
    assert len(events) == 3
    event = events[0]
    article = client.get(event["links"]["article"]).json()["result"]
    start, end = event["trigger"]["start"], event["trigger"]["end"]
    assert article["article"]["text"][start:end] == event["trigger"]["text"]
    assert event["actors"][0]["mention"]["text"] == "Russian troops"
    assert event["merged_event_id"] and event["links"]["view"].startswith("/#article=")


def test_every_list_endpoint_answers_with_filters(client: TestClient) -> None:
    assert {a["name"] for a in _items(client, "/api/actors", country="rus")} == {
        "Russian troops",
        "Sergey Shoigu",
    }
    assert len(_items(client, "/api/quotes", actor="Shoigu")) == 3
    assert _items(client, "/api/places", country="BLR")[0]["evidence"]["text"] == "Brest"
    assert len(_items(client, "/api/articles", since="2023-01-01")) == 1
    assert len(_items(client, "/api/events", type="PROTEST")) == 1
    (merged,) = _items(client, "/api/merged-events", type="MOBILIZE")
    assert merged["source_count"] == 2 and len(merged["sources"]) == 3
    network = client.get("/api/network").json()
    assert {"source": "Russian troops", "target": "Belarus", "type": "MOBILIZE", "count": 3} in (
        network["edges"]
    )
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 4 and stats["multi_source_events"] == 1
    hits = client.get("/api/search", params={"q": "tractors"}).json()
    assert [h["kind"] for h in hits] == ["article"]


def test_articles_and_search_hits_are_named_by_title(client: TestClient) -> None:
    titles = {a["title"] for a in _items(client, "/api/articles")}
    assert "Belarus-Russia drills begin near Brest" in titles  # the headline
    assert "Farmers rally in Paris" in titles  # no headline: the first words of the first line
    (hit,) = client.get("/api/search", params={"q": "tractors"}).json()
    assert hit["title"] == "Farmers rally in Paris"
    marked = [hit["snippet"][m["start"] : m["end"]] for m in hit["marks"]]
    assert marked == ["tractors"] and "[" not in hit["snippet"]


def test_cursor_walks_all_pages(client: TestClient) -> None:
    seen, cursor = [], None
    while True:
        params = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/actors", params=params).json()
        seen += [(a["article_id"], a["id"]) for a in page["items"]]
        if not (cursor := page["next_cursor"]):
            break
    assert len(seen) == len(set(seen)) == 10


HOSTILE = [
    "' OR '1'='1",
    "x'; DROP TABLE articles; --",
    "%",
    "_",
    '" UNION SELECT * FROM articles --',
    "1) OR 1=1 --",
    "\\'; SELECT sqlite_version(); --",
    "*",
    "NEAR(a b)",
]
LISTS = ["articles", "events", "merged-events", "actors", "quotes", "places", "network"]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("route", LISTS)
def test_injection_strings_are_only_ever_data(client: TestClient, route: str, hostile: str) -> None:
    """Every filter of every list: refused by validation, or harmlessly matching nothing."""
    operation = client.get("/openapi.json").json()["paths"][f"/api/{route}"]["get"]
    params = [p["name"] for p in operation["parameters"]]
    assert {"since", "until", "type", "actor", "country", "limit"} <= set(params)
    for param in params:
        response = client.get(f"/api/{route}", params={param: hostile})
        assert response.status_code in (400, 422) or not _found(response.json()), param
    assert client.get("/api/stats").json()["counts"]["articles"] == 4


def _found(body: dict) -> list:
    return body.get("items") or body.get("edges") or []


@pytest.mark.parametrize("hostile", HOSTILE)
def test_injection_strings_in_search_and_ids_are_only_ever_data(
    client: TestClient, hostile: str
) -> None:
    assert client.get("/api/search", params={"q": hostile}).status_code == 200
    for kind in ("article", "quote", hostile):
        assert client.get("/api/search", params={"q": "drills", "kind": kind}).status_code < 500
    assert client.get(f"/api/articles/{quote(hostile, safe='')}").status_code in (404, 422)
    assert client.get("/api/stats").json()["counts"]["articles"] == 4


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events?cursor=not-a-cursor", 400),
        ("/api/events?cursor=WyJhIl0=", 400),  # a valid encoding of the wrong shape
        ("/api/events?limit=100000", 422),
        ("/api/articles/nope", 404),
        ("/api/articles/..%2F..%2Fetc%2Fpasswd", 404),
        ("/static/../../store/db.py", 404),
        ("/static/%2e%2e/%2e%2e/store/db.py", 404),
        ("/static/..%2F..%2Fstore%2Fdb.py", 404),
        ("/static/%252e%252e/%252e%252e/store/db.py", 404),
        ("/static/..%5c..%5cstore%5cdb.py", 404),
        ("/static//etc/passwd", 404),
        ("/static/%2Fetc%2Fpasswd", 404),
        ("/static/index.html%00.js", 404),
        ("/static/....//....//store/db.py", 404),
        ("/api/geo/countries/..%2F..%2F..%2Fetc%2Fpasswd", 404),
    ],
)
def test_bad_requests_are_refused(client: TestClient, path: str, status: int) -> None:
    assert client.get(path).status_code == status


def test_openapi_documents_the_api(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for name in ("articles", "events", "merged-events", "actors", "quotes", "places", "search"):
        assert f"/api/{name}" in paths
    assert "/api/stats" in paths and client.get("/docs").status_code == 200


def _schema(spec: dict, node: dict) -> dict:
    """Follow a `$ref` into components/schemas."""
    ref = node.get("$ref")
    return spec["components"]["schemas"][ref.rsplit("/", 1)[1]] if ref else node


def test_openapi_describes_every_item(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path, operation in spec["paths"].items():
        ok = _schema(spec, operation["get"]["responses"]["200"]["content"]["application/json"])
        body = _schema(spec, ok["schema"])
        item = (
            body["properties"]["items"]["items"]
            if "items" in body.get("properties", {})
            else (body.get("items", body))
        )
        assert _schema(spec, item).get("properties"), f"{path}: items without a schema"
    event = spec["components"]["schemas"]["EventItem"]["properties"]
    participant = _schema(spec, event["actors"]["items"])
    assert "mention" in participant["properties"] and "evidence" not in participant["properties"]


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_api_docs_load_only_local_assets(client: TestClient, page: str) -> None:
    html = client.get(page).text
    urls = re.findall(r"""(?:src|href|url)\s*[:=]\s*['"]([^'"]+)['"]""", html)
    assert urls and all(url.startswith("/") and not url.startswith("//") for url in urls), urls
    assert "http://" not in html and "https://" not in html
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_country_shapes_are_served_offline(client: TestClient) -> None:
    features = client.get("/api/geo/countries").json()["features"]
    assert {"BLR", "RUS", "FRA"} <= {f["id"] for f in features}


def test_page_is_served(client: TestClient) -> None:
    response = client.get("/")
    assert response.status_code == 200 and "eventwire" in response.text
