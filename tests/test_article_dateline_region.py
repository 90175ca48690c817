"""The article record keeps the state or country a dateline writes after its place, read
once with the dateline (the places stage geocodes the place inside it)."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts

BODY = "The mayor opened a new bridge on Tuesday, officials said."


@pytest.mark.parametrize(
    ("lead", "region"),
    [
        ("SALEM, Ore. (AP) — ", "Ore."),
        ("KISUMU, Kenya (Reuters) - ", "Kenya"),
        ("GOMEL, BELARUS, March 4 -- ", "Belarus"),
        ("DENVER — ", None),
    ],
)
def test_the_dateline_region_is_on_the_article(lead: str, region: str | None) -> None:
    (result,) = run_texts(f"{lead}{BODY}", date="2012-03-08")
    found = result.article.dateline_region
    assert (found.value if found else None) == region
    if found:
        assert result.article.text[found.evidence.start : found.evidence.end].lower() == (
            region.lower()
        )
