"""In a story on the EU's affairs, an acting "Brussels" speaks for the European Union (IGO);
elsewhere, or as a place, it stays Belgium's capital."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def _actors(text: str) -> set[tuple[str, str | None]]:
    (result,) = run_texts(text, date="2020-03-02")
    return {(a.name, a.country.value if a.country else None) for a in result.actors}


@pytest.mark.parametrize(
    "text",
    [
        "Brussels fined Oracle 900 million euros, the European Commission said.",
        "After Brexit, Brussels warned Norway over fishing quotas.",
        "Brussels criticized Slovakia over its courts, EU diplomats said.",
    ],
)
def test_brussels_speaks_for_the_eu_in_eu_affairs(text: str) -> None:
    actors = _actors(text)
    assert ("European Union", None) in actors
    assert not any(country == "BEL" for _, country in actors)


@pytest.mark.parametrize(
    "text",
    [
        "Brussels accused Rwanda of abuses, the Belgian foreign ministry said.",
        "Police in Brussels arrested two men near the station.",
    ],
)
def test_brussels_stays_belgian_elsewhere(text: str) -> None:
    assert ("European Union", None) not in _actors(text)
