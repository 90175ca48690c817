"""A ban by one state on another state's ships, flights, goods or officials is a sanction
(SANCTION, CAMEO 163), and so is one that keeps people from entering a country, whoever
proposes it; a government banning its own people's acts stays repression (COERCE). A ban laid
on someone by a party, a candidate or a firm, which hold no state power, shuts them out
(SANCTION)."""

from __future__ import annotations

import pytest

from .conftest import event_dyads, run_texts


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Turkey barred Cypriot ships from its ports on Friday.", "CYP"),
        ("Poland barred Belarusian officials from entering the country.", "BLR"),
        ("Egypt banned Qatari airlines from its airspace.", "QAT"),
    ],
)
def test_a_ban_on_another_state_is_a_sanction(text: str, target: str) -> None:
    (result,) = run_texts(text)
    assert [(e.type, e.cameo) for e in result.events] == [("SANCTION", "163")]
    assert [r.country for r in result.events[0].recipients] == [target]


@pytest.mark.parametrize(
    "text",
    [
        "Thailand banned public gatherings of more than five people.",
        "Iranian authorities barred students from leaving the campus.",
        "Police in Lagos banned the march on Saturday.",
    ],
)
def test_a_ban_on_ones_own_people_stays_repression(text: str) -> None:
    assert [d[0] for d in event_dyads(text)] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "The candidate said he would ban foreign students from coming into the country.",
        "The new president barred Muslim travelers from entering the United States.",
        "Two candidates in Iowa would bar Muslim migrants from the country.",
    ],
)
def test_a_ban_on_entering_a_country_is_a_sanction(text: str) -> None:
    assert "SANCTION" in [d[0] for d in event_dyads(text)]


def test_a_ban_on_entering_a_race_stays_repression() -> None:
    text = "The junta in Rangoon banned opposition parties from entering the election."
    assert [d[0] for d in event_dyads(text)] == ["COERCE"]


@pytest.mark.parametrize(
    "text",
    [
        "Trump announced a plan for banning Muslims.",
        "Twitter banned the conservative writer Milo Yiannopoulos from its platform.",
        "The Republican Party barred the dissident from its convention.",
    ],
)
def test_a_ban_by_no_state_power_shuts_someone_out(text: str) -> None:
    assert [d[0] for d in event_dyads(text, date="2016-01-02")] == ["SANCTION"]


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban banned women from working outside their homes.",
        "Islamic State militants banned residents from leaving Mosul.",
        "Houthi rebels barred aid workers from the port.",
    ],
)
def test_a_ban_by_an_armed_group_stays_repression(text: str) -> None:
    """An armed group that holds ground rules its people as a state does: its bans on them are
    repression (COERCE), not the shunning of a party or a firm (SANCTION 160)."""
    assert [d[0] for d in event_dyads(text, date="2016-01-02")] == ["COERCE"]
