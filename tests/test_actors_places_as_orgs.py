"""Places NER tags as organisations are not actors (analyst reading, session 9)."""

from __future__ import annotations

from tests.conftest import run_texts


def names(text: str) -> set[str]:
    (r,) = run_texts(text, date="2016-03-01")
    return {a.name for a in r.actors}


def test_a_region_that_is_where_something_happened_is_no_actor() -> None:
    found = names(
        "Mrs. Clinton spoke at a fund-raiser in the Hamptons last week. "
        "Observers watched the voting in Kachin state."
    )
    assert not {"Hamptons", "Kachin"} & found
    assert "Clinton" in " ".join(found)


def test_a_body_named_after_in_stays_an_actor() -> None:
    found = names("Democrats hope to win seats in the House, Senator Ann Morrow said.")
    assert "House" in found
