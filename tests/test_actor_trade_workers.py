"""Workers named by their trade in one word ("dockworkers", "steelworkers") are civilians (CVL)
and can act: a refusal by them keeps its actor."""

from __future__ import annotations

from tests.conftest import actor_sector, run_texts

DATE = "2008-04-22"


def test_dockworkers_are_civilians_who_refuse() -> None:
    text = (
        "LAGOS (Reuters) - Dockworkers in the Ghanaian port of Tema refused to unload a "
        "Russian freighter carrying arms for Mali."
    )
    assert actor_sector(text, "Dockworkers in the Ghanaian port of Tema", DATE) == "CVL"
    (result,) = run_texts(text, date=DATE)
    assert [e.type for e in result.events] == ["REJECT"]
