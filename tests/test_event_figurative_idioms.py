"""Words of combat in a fixed figurative phrase ("made a killing", "a coup for", "firing on all
cylinders", "took a shot at the nomination") or aimed at plans and rules tell no attack; the
same words aimed at people, forces or places, or told with weapons, still do."""

from __future__ import annotations

from .conftest import event_types, typed_triggers


def test_a_fixed_phrase_of_combat_tells_no_attack() -> None:
    assert event_types("The hedge fund manager made a quick killing on oil futures.") == []
    assert event_types("Winning the endorsement was a real coup for the senator.") == []
    assert event_types("The governor's campaign is firing on all cylinders this week.") == []


def test_paying_out_and_a_long_shot_are_no_shelling_or_shooting() -> None:
    assert event_types("The governor's campaign shelled out millions for television ads.") == []
    text = "The plan would need ground troops, which only long shot Anna Novak has backed."
    assert "ASSAULT" not in event_types(text)


def test_shelling_a_town_is_still_an_attack() -> None:
    assert "ASSAULT" in event_types("Government artillery shelled the rebel town overnight.")


def test_a_shot_at_a_prize_is_no_criticism_but_a_shot_at_a_rival_is() -> None:
    assert event_types("The mayor took a shot at the nomination in 2012.") == []
    assert event_types("The senator took a shot at Clinton during the debate.") == ["ACCUSE"]


def test_a_shot_told_with_violence_is_still_read_as_before() -> None:
    text = "A sniper took a shot at the governor's car as it left the rally."
    assert event_types(text) != []


def test_combat_verbs_aimed_at_rules_harm_no_one() -> None:
    assert event_types("The zoning rules are being fought in the county courts.") == []


def test_real_attacks_stay_attacks() -> None:
    assert ("ASSAULT", "attacked") in typed_triggers("Insurgents attacked the village at dawn.")
    text = "The militia fought government troops for control of the town."
    assert ("ASSAULT", "fought") in typed_triggers(text)
    text = "The coup leaders made the killing of the president their first act."
    assert "ASSAULT" in event_types(text)


def test_campaign_forces_are_no_mobilisation() -> None:
    text = "Each campaign deployed hundreds of volunteers to call voters before the primary."
    assert "MOBILIZE" not in event_types(text)
    text = "The army deployed troops to polling stations ahead of the election."
    assert "MOBILIZE" in event_types(text)
    assert "MOBILIZE" in event_types("Police were deployed across the capital before the vote.")


def test_a_misfortune_that_strikes_is_no_attack() -> None:
    assert "ASSAULT" not in event_types("Phone lines jammed when crisis struck the city.")
    assert "ASSAULT" in event_types("Gunmen struck the city on Friday, killing nine.")


def test_force_in_a_rule_for_when_it_may_be_used_is_no_force_used() -> None:
    assert event_types("The mayor set new rules for when officers can use force.") == []
    assert "COERCE" not in event_types("The council will decide when the police may arrest them.")
    text = "When the crowd surged, officers used tear gas on the marchers."
    assert "ASSAULT" in event_types(text)


def test_a_work_a_relative_clause_says_was_released_frees_no_one() -> None:
    text = "The video that the campaign released on Monday shows the senator at a rally."
    assert "RETREAT" not in event_types(text)
    text = "The prisoners that Iran released on Monday arrived in Vienna."
    assert "RETREAT" in event_types(text)


def test_a_strike_verb_with_a_thing_for_its_object_is_no_walkout() -> None:
    assert event_types("The governor struck a defiant tone at the rally.") == []
    text = "Those gifts were not disclosed, despite an agreement the senator had struck with them."
    assert "PROTEST" not in event_types(text)
    assert event_types("Teachers are striking over pay.") == ["PROTEST"]


def test_a_video_restricted_from_playing_restricts_no_one() -> None:
    assert event_types("Sorry, this video is restricted from playing in your location.") == []
    text = "Officials restricted reporters from entering the camp."
    assert "COERCE" in event_types(text)


def test_other_walkout_verbs_keep_their_objects() -> None:
    boycott = "The Farmers' League said it would boycott the elections unless the mayor quit."
    assert event_types(boycott) != []
    assert "PROTEST" in event_types("Some 20,000 dock workers stopped work over a pay law.")


def test_a_war_waged_on_people_or_a_thing_is_rhetoric() -> None:
    assert "ASSAULT" not in event_types("The mayor says the governor is waging a war on nurses.")
    assert "ASSAULT" not in event_types("The new cabinet waged a war against smuggling.")


def test_a_war_waged_on_a_state_or_armed_group_is_fighting() -> None:
    assert "ASSAULT" in event_types("Armenia waged war on Azerbaijan in 1992.")
    assert "ASSAULT" in event_types("The army waged war against the insurgents in the north.")
