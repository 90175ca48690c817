"""Sides read wrongly on unseen whole articles (analyst reading, session 8, second set)."""

from __future__ import annotations

from tests.conftest import countries_of, run_texts


def test_they_after_coordinated_names_is_all_of_them() -> None:
    said, voiced, urged = run_texts(
        "Britain and France said they would sanction Iran.",
        "Senator John Smith and Senator Bob Jones voiced their criticism of the plan.",
        "Britain and France urged them to sanction Iran.",
    )
    (sanction,) = [e for e in said.events if e.trigger.text == "sanction"]
    assert countries_of(sanction.actors) == {"GBR", "FRA"}
    (criticism,) = [e for e in voiced.events if e.trigger.text == "criticism"]
    assert [p.name for p in criticism.actors] == ["John Smith", "Bob Jones"]
    (urging,) = [e for e in urged.events if e.trigger.text == "urged"]
    assert all(p.country != "GBR" for p in urging.recipients), "an object is never its subject"
