"""UN agencies and regional development banks serve no one state: IGO with no country."""

from __future__ import annotations

import pytest

from tests.conftest import named_actor, run_texts


@pytest.mark.parametrize(
    "name", ["FAO", "World Organisation for Animal Health", "UNDP", "Asian Development Bank"]
)
def test_an_international_body_is_an_igo_of_no_state(name: str) -> None:
    (r,) = run_texts(f"Experts of the {name} met Philippine health officials in Manila on Monday.")
    body = named_actor(r, name)
    assert body.sector is not None and body.sector.value == "IGO"
    assert body.country is None
