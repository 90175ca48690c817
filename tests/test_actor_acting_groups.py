"""Groups of people that are sides of an act: nouns that name an actor only as a party
("donors pressed …", "met with organizers"), groups owned by "your"/"our"/"their" where they
take part, and groups named with the phrase that says which they are ("families of the
miners", "critics within the party")."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult

from .conftest import run_texts


def _result(text: str) -> ArticleResult:
    (result,) = run_texts(text, date="2016-05-02")
    return result


def _groups(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Group actors by name → (country, sector)."""
    return {
        a.name: (a.country.value if a.country else None, a.sector.value if a.sector else None)
        for a in _result(text).actors
        if a.type == "group"
    }


def test_a_group_subject_of_an_act_is_an_actor() -> None:
    result = _result("Donors pressed Senator Ann Lee to drop her reelection bid.")
    event = next(e for e in result.events if e.trigger.text == "pressed")
    assert [(a.name, a.sector) for a in event.actors] == [("Donors", "CVL")]


def test_a_group_object_of_a_party_preposition_is_an_actor() -> None:
    result = _result("The mayor met with organizers of the march on Tuesday.")
    event = next(e for e in result.events if e.trigger.text == "met")
    assert [r.name for r in event.recipients] == ["organizers of the march"]


def test_a_quoted_group_is_an_actor() -> None:
    groups = _groups('"The race is far from over," strategists said on Monday.')
    assert groups["strategists"] == (None, "PTY")


def test_a_generic_plural_outside_any_act_is_no_actor() -> None:
    assert "donors" not in _groups("The report was about donors and their money.")
    assert not _groups("A question about organizers and viewers came up.")


def test_a_country_word_before_a_party_noun_names_no_group_of_that_country() -> None:
    groups = _groups("Analysts in Astana worried about China's Central Asian neighbors.")
    assert not any("neighbors" in name for name in groups)


def test_a_group_of_people_owned_by_a_plural_pronoun_takes_part() -> None:
    text = "The rebels said their families were killed by the army."
    result = _result(text)
    event = next(e for e in result.events if e.trigger.text == "killed")
    assert [r.name for r in event.recipients] == ["their families"]
    mention = next(m for m in result.mentions if m.evidence.text == "families")
    assert mention.evidence.start == text.index("families")


def test_a_state_force_owned_by_a_plural_pronoun_stays_the_owners() -> None:
    assert "their troops" not in _groups("Both states said their troops crossed the river.")


def test_a_group_is_named_with_the_phrase_saying_which_it_is() -> None:
    groups = _groups("The families of the trapped miners accused the company of negligence.")
    assert groups["families of the trapped miners"][1] == "CVL"


def test_critics_within_a_party_are_the_partys() -> None:
    groups = _groups("The senator still faces a harsh backlash from critics within the party.")
    assert groups["critics within the party"][1] == "PTY"


def test_a_time_after_a_group_does_not_name_it() -> None:
    groups = _groups("Police arrested protesters within hours of the march.")
    assert not any("within" in name for name in groups)


def test_women_who_take_part_in_an_act_are_a_group() -> None:
    result = _result("Three women accused Mayor Dan Ortiz of harassment on Friday.")
    event = next(e for e in result.events if e.trigger.text == "accused")
    assert [(a.name, a.sector) for a in event.actors] == [("women", "CVL")]


def test_a_counted_group_acts_through_its_quantity_noun() -> None:
    result = _result("Hundreds of donors pressed Senator Ann Lee to drop her reelection bid.")
    event = next(e for e in result.events if e.trigger.text == "pressed")
    assert [a.name for a in event.actors] == ["donors"]


@pytest.mark.parametrize(
    "text",
    [
        "A group of donors is planning to protest against Senator Ann Lee.",
        "A handful of donors have pledged to fight Senator Ann Lee.",
        "A number of donors pressed Senator Ann Lee to drop her reelection bid.",
    ],
)
def test_a_counted_group_acts_through_its_count_noun(text: str) -> None:
    event = next(e for e in _result(text).events if e.recipients)
    assert [(a.name, a.sector) for a in event.actors] == [("donors", "CVL")]


def test_a_group_a_relative_clause_tells_suffering_an_act_is_its_target() -> None:
    text = (
        "TRENTON, N.J. _ Detectives in Trenton are reviewing old cases. A Trenton police "
        "captain said that of six tenants who had been beaten last winter, no suspect was "
        "ever found."
    )
    event = next(e for e in _result(text).events if e.trigger.text == "beaten")
    assert [(r.name, r.country) for r in event.recipients] == [("tenants", "USA")]
