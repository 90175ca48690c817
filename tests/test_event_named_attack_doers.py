"""An attack named in a free relative ("killed in what the army called a rebel attack") is the
named party's, aimed at those killed, never the namer's."""

from __future__ import annotations

from .conftest import event_dyads


def test_namer_is_not_the_attacker() -> None:
    text = "Four Georgian policemen were killed in what Tbilisi called an Ossetian attack."
    attacks = [d for d in event_dyads(text) if d[0] == "ASSAULT"]
    assert attacks and all("GEO" not in sources for _, sources, _ in attacks)
    assert any(targets == ["GEO"] for _, _, targets in attacks)
