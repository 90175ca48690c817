"""A group placed in a town ("officials in Mosul") is the town's country's, not that of the
other country its sentence names, when no town of another country shares the name closely."""

from __future__ import annotations

from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_a_group_in_a_town_takes_the_towns_country() -> None:
    mosul, accented = run_texts(
        "Officials in Mosul accused Turkey of shelling border villages.",
        "Officials in Kandahar accused Pakistan of sheltering smugglers.",
    )
    assert codes(actor(mosul, "Officials in Mosul"))[0] == "IRQ"
    assert codes(actor(accented, "Officials in Kandahar"))[0] == "AFG"


def test_a_town_name_two_countries_share_says_nothing() -> None:
    (cambridge,) = run_texts("Police in Cambridge arrested two French students.")
    assert "GBR" not in {codes(a)[0] for a in cambridge.actors}
