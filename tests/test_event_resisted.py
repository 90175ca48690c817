"""A refusal or a held position told with no object, in a clause set against another by "but",
is aimed at that clause's doer: the holdout resists them."""

from __future__ import annotations

from .conftest import run_texts


def _targets(text: str, type_: str) -> set[str | None]:
    (result,) = run_texts(text)
    (event,) = [e for e in result.events if e.type == type_]
    return {p.country for p in event.recipients}


def test_a_holdout_resists_the_doer_of_the_contrasted_clause() -> None:
    text = (
        "ATHENS (Reuters) — Chancellor Angela Merkel turned down the request on Monday, "
        "but Prime Minister Alexis Tsipras did not back down."
    )
    assert _targets(text, "CONCEDE") == {"DEU"}


def test_a_refusal_answers_the_offer_of_the_contrasted_clause() -> None:
    text = "LONDON (Reuters) — Britain offered new talks, but President Nicolas Maduro refused."
    assert _targets(text, "REJECT") == {"GBR"}
