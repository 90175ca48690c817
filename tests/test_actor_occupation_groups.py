"""Groups named by an occupation or role that acts in news (rescuing, smuggling, suing, running
a campaign) are actors with the sector of the work they do."""

from __future__ import annotations

import pytest

from tests.conftest import actor_sector, run_texts


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Firefighters rescued two families from the flooded valley.", "Firefighters", "CVL"),
        ("Smugglers ferried hundreds of migrants across the strait.", "Smugglers", "REB"),
        ("Kidnappers seized three engineers near the oil field.", "Kidnappers", "REB"),
        ("Looters emptied the shops after the storm.", "Looters", "CVL"),
        ("Campaign workers knocked on doors in Iowa.", "Campaign workers", "PTY"),
    ],
)
def test_an_occupation_group_takes_its_work_sector(text: str, name: str, sector: str) -> None:
    assert actor_sector(text, name) == sector


def test_an_occupation_group_in_a_datelined_story_is_the_home_countrys() -> None:
    (result,) = run_texts(
        "LIMA, Peru (AP) - Rescue workers pulled survivors from the mud after the landslide."
    )
    actor = next(a for a in result.actors if a.name == "Rescue workers")
    assert actor.country is not None and actor.country.value == "PER"
