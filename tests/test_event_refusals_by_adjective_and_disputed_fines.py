"""Standing against a request as an adjective ("was unresponsive to the senators' requests",
"remained resistant to calls for reform", "was uncooperative with the inspectors") refuses it
(REJECT), as "resist" does; challenging a fine disputes an authority's decision (REJECT), as
challenging a ruling does."""

from __future__ import annotations

import pytest

from .conftest import run_texts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Kenyan ministry has been unresponsive to the senators' requests for records.", "KEN"),
        ("Venezuela remained resistant to Brazilian calls for new elections.", "VEN"),
        ("Sudan has been uncooperative with the Kenyan investigators.", "SDN"),
    ],
)
def test_adjective_of_refusal_is_a_rejection(text: str, source: str) -> None:
    (result,) = run_texts(text)
    refusals = [e for e in result.events if e.type == "REJECT"]
    assert [[a.country for a in e.actors] for e in refusals] == [[source]]


def test_challenging_a_fine_disputes_it() -> None:
    (result,) = run_texts("The Polish party said it would challenge the fine in court.")
    assert [e.type for e in result.events] == ["REJECT"]


def test_a_remedy_resistant_to_drugs_is_no_refusal() -> None:
    (result,) = run_texts("The infection proved resistant to the new antibiotics.")
    assert "REJECT" not in [e.type for e in result.events]


def test_an_uncooperative_witness_is_no_refusal() -> None:
    (result,) = run_texts("The old fisherman was uncooperative and tired after the storm.")
    assert "REJECT" not in [e.type for e in result.events]
