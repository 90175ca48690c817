"""Acts of force and rejection newswire tells in other shapes: a raid named as the occasion of
what law enforcement did ("agents took the man in a dawn raid") is coercion, not an assault."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


@pytest.mark.parametrize(
    "text",
    [
        "Federal agents took the fugitive from a farmhouse near Tulsa in a dawn raid.",
        "Police took the students away in a raid on the campus.",
    ],
)
def test_a_raid_that_is_law_enforcements_occasion_is_coercion(text: str) -> None:
    assert ("COERCE", "raid") in typed_triggers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers killed five guerrillas in a raid on the rebel camp.",
        "Three guards were wounded in a raid by rebels on the prison.",
    ],
)
def test_a_raid_by_soldiers_or_rebels_stays_an_assault(text: str) -> None:
    assert ("COERCE", "raid") not in typed_triggers(text)
