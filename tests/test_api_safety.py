"""The API refuses what it cannot answer (422, never 500) and sends security headers always."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from eventwire.serve import create_app
from tests.records import sample_store


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    store = sample_store(tmp_path_factory.mktemp("api-safety") / "e.db")
    with TestClient(create_app(store), raise_server_exceptions=False) as test_client:
        yield test_client
    store.close()


@pytest.mark.parametrize("route", ["/api/events", "/api/merged-events", "/api/network"])
@pytest.mark.parametrize("field", ["since", "until"])
def test_dates_at_the_end_of_the_calendar_are_refused(
    client: TestClient, route: str, field: str
) -> None:
    assert client.get(route, params={field: "9999-12-31"}).status_code == 422
    assert client.get(route, params={field: "9999-12-30"}).status_code == 200


@pytest.mark.parametrize(
    ("route", "field"),
    [("/api/events", "actor"), ("/api/quotes", "actor"), ("/api/search", "q")],
)
@pytest.mark.parametrize("value", ["\x00", "Shoigu\x00", "a\x1bb", "\x7f"])
def test_control_characters_in_a_filter_are_refused(
    client: TestClient, route: str, field: str, value: str
) -> None:
    assert client.get(route, params={field: value}).status_code == 422


@pytest.mark.parametrize(
    "path",
    ["/", "/api/stats", "/static/app.js", "/api/events?until=9999-12-31", "/nope", "/docs"],
)
def test_every_response_carries_security_headers(client: TestClient, path: str) -> None:
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_the_page_may_run_only_its_own_scripts(client: TestClient) -> None:
    policy = client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy
