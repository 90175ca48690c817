"""Joint acts: sides that act together are not each other's targets."""

from __future__ import annotations

from eventwire.model import ArticleResult, Event
from tests.conftest import countries_of, run_texts


def _events(result: ArticleResult) -> list[Event]:
    return [e for e in result.events if e.actors]


def test_a_side_named_again_in_a_joint_act_is_not_its_target_but_a_third_country_is() -> None:
    joint, third = run_texts(
        "India and Pakistan failed to reach an agreement on the status of Indian soldiers.",
        "India and Pakistan agreed to send aid to Nepal.",
    )
    (failed,) = _events(joint)
    assert (countries_of(failed.actors), countries_of(failed.recipients)) == ({"IND"}, {"PAK"}), (
        "the talks are between the two sides, directed from the first named"
    )
    assert {"NPL"} in [countries_of(e.recipients) for e in _events(third)]


def test_a_promise_with_no_addressee_is_aimed_where_the_promised_act_happens() -> None:
    (r,) = run_texts("NATO agreed on Monday to open a new training centre in Nairobi.")
    (agreed,) = _events(r)
    assert countries_of(agreed.recipients) == {"KEN"}


def test_the_people_of_a_place_are_its_own_whatever_their_ethnicity() -> None:
    placed, bare = run_texts(
        "Serbian troops attacked the Albanian population of Montenegro.",
        "Serbian troops attacked the Albanian population on Monday.",
    )
    (attacked,) = _events(placed)
    assert countries_of(attacked.recipients) == {"MNE"}
    (attacked,) = _events(bare)
    assert countries_of(attacked.recipients) == {"ALB"}, "with no place, the demonym tells"


def test_a_fronted_at_or_on_phrase_sets_the_scene_and_names_no_target() -> None:
    fronted, dated = run_texts(
        "At the Kennedy Center in Washington, the Polish foreign minister signed an agreement.",
        "On Lincoln's birthday, Polish police cracked down on Ukrainian smugglers.",
    )
    (signed,) = _events(fronted)
    assert countries_of(signed.recipients) == set(), "the ministers sign where, not with whom"
    (cracked,) = _events(dated)
    aims = [p.mention.text for p in cracked.recipients]
    assert aims == ["Ukrainian smugglers"], "an aim after the verb"


def test_one_who_died_in_an_attack_is_its_victim_not_its_doer() -> None:
    (died,) = run_texts(
        "Ambassador John Carter, who died in the attack on the consulate, was buried on Friday."
    )
    (attack,) = [e for e in died.events if e.trigger.text == "attack"]
    assert attack.actors == [], "the ambassador did not attack"


def test_a_brand_named_on_a_thing_is_no_side_but_a_body_or_owner_is() -> None:
    taxed, credited, bill, hostile = run_texts(
        "Hillary Clinton came out against the Cadillac tax in September.",
        "Dan Fishman praised the NationBuilder software that helped the campaign.",
        "Ted Cruz voted against the Senate bill in July.",
        "Edward Snowden tweeted that WikiLeaks's hostility to curation was a mistake.",
    )
    assert [e.recipients for e in taxed.events if e.trigger.text == "came out"] == [[]]
    assert [e.recipients for e in credited.events if e.trigger.text == "praised"] == [[]]
    assert [p.name for e in bill.events for p in e.recipients] == ["Senate"]
    assert [p.name for e in hostile.events for p in e.recipients] == ["WikiLeaks"]
