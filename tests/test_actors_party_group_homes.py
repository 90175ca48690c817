"""Groups named by their party, and surnames the tagger reads as common nouns."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_a_group_named_by_the_home_party_is_a_side_of_its_country() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) - The governor will confer privately with a group of senior "
        "Democratic senators on Tuesday.",
        date="2016-04-12",
    )
    senators = next(a for a in r.actors if a.name.endswith("Democratic senators"))
    assert senators.country is not None and senators.country.value == "USA"
    assert senators.country.method != "dateline", "the party's own words place them"
    event = event_at(r, "confer")
    assert [p.country for p in event.recipients] == ["USA"]


def test_a_bare_group_keeps_the_dateline_default() -> None:
    (r,) = run_texts("WASHINGTON (AP) - Police detained two men on Tuesday.", date="2016-04-12")
    police = next(a for a in r.actors if a.name.lower() == "police")
    assert police.country is not None and police.country.method == "dateline"


def test_a_surname_read_as_a_common_noun_is_the_person_named_in_full() -> None:
    (r,) = run_texts(
        "Sanders praises Obama after a long talk.\n\n"
        "Democratic presidential candidate Bernie Sanders visited the White House on Friday.",
        date="2016-01-29",
    )
    sanders = next(a for a in r.actors if a.name == "Bernie Sanders")
    texts = [m.evidence.text for m in r.mentions if m.actor_id == sanders.id]
    assert texts[0] == "Sanders", "the headline's mention is his"
    assert [p.name for p in event_at(r, "praises").actors] == ["Bernie Sanders"]
