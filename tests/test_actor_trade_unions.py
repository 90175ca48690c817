"""A union named by its members' trade ("the machinists union", "the nurses' union") is one
group, the union (CVL, as groups.tsv codes unions), not its members' trade nor no one."""

from __future__ import annotations

import pytest

from tests.conftest import named_sides, run_texts


@pytest.mark.parametrize(
    ("text", "union"),
    [
        ("The bus drivers' union accused the city of breaking its contract.", "bus drivers' union"),
        ("The machinists union accused the company of breaking its contract.", "machinists union"),
        ("The nurses' union accused the hospital of breaking its contract.", "nurses' union"),
    ],
)
def test_a_union_named_by_its_trade_accuses(text: str, union: str) -> None:
    sources, _ = named_sides(text, "ACCUSE")
    assert any(union in source for source in sources)


def test_the_union_is_civilian_not_its_members_trade() -> None:
    (result,) = run_texts("The teachers' union criticized the governor's budget on Monday.")
    codes = {a.name: a.sector.value if a.sector else None for a in result.actors}
    assert codes.get("The teachers' union") == "CVL"
    assert "The teachers" not in codes


def test_a_union_keeps_the_country_its_words_name() -> None:
    text = "PARIS (AP) -- The Spanish dockers' union threatened to strike against the port."
    (result,) = run_texts(text, date="1998-03-01")
    union = next(a for a in result.actors if a.name.endswith("union"))
    assert union.country is not None and union.country.value == "ESP"
