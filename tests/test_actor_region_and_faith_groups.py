"""Groups whose words say they are no state's: a region's leaders act for many states (no
country, least of all the article's home), and leaders named by a faith are religious leaders."""

from __future__ import annotations

from tests.conftest import named_actor, run_texts

DATELINE = "WASHINGTON (AP) -- "


def _codes(text: str, name: str) -> tuple[str | None, str | None]:
    (result,) = run_texts(DATELINE + text, date="2016-06-17")
    actor = named_actor(result, name)
    country = actor.country.value if actor.country else None
    return country, actor.sector.value if actor.sector else None


def test_a_continents_leaders_have_no_country() -> None:
    text = "Africa's political leaders condemned the coup in Bamako."
    assert _codes(text, "Africa's political leaders") == (None, "GOV")


def test_a_home_countrys_leaders_keep_it() -> None:
    assert _codes("America's leaders condemned the coup.", "America's leaders")[0] == "USA"


def test_leaders_named_by_a_faith_are_religious() -> None:
    text = "Catholic leaders urged the governor to veto the bill."
    assert _codes(text, "Catholic leaders")[1] == "REL"


def test_the_faith_leaders_are_not_the_state_leaders_named_before() -> None:
    text = (
        "The leaders of Israel and Egypt met on Monday. Later the Jewish leaders met the "
        "president at the White House."
    )
    (result,) = run_texts(DATELINE + text, date="2016-06-17")
    meeting = next(e for e in result.events if "Jewish" in e.sentence.text)
    actors = {a.id: a for a in result.actors}
    assert [actors[p.actor_id].sector.value for p in meeting.actors] == ["REL"]
