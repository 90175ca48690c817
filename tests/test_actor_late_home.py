"""An article with no dateline whose actors give too few countries for a home at first takes
one once the later passes coded them, and its people named bare take it; a name that is both a
country and a state of the article's other actors' country ("Georgia") votes for that country."""

from __future__ import annotations

from tests.conftest import actor_codes

CONCERT = (
    "Hundreds of fans gathered on Saturday for a charity concert that organizers said raised"
    " money for schools across the United States.\n\n"
    "Singer Dana Whitfield opened the show, and the crowd cheered when actress Leah Moreno"
    " joined her on stage.\n\n"
    "Hillary Clinton praised the organizers in a video message.\n\n"
    "Later, Whitfield thanked Moreno and the volunteers.\n"
)
BATTERY = (
    "Researchers at the Georgia Institute of Technology said on Monday that a new battery"
    " could power homes for a week.\n\n"
    "Professor Alan Briggs, who grew up in Georgia, praised the students who built it.\n\n"
    "Senator Ted Cruz and Senator Marco Rubio welcomed the work.\n\n"
    "Briggs thanked the students.\n"
)


def test_people_named_bare_take_the_home_the_later_passes_give() -> None:
    assert actor_codes(CONCERT, "Leah Moreno")[0] == "USA"


def test_a_namesake_state_votes_with_the_other_actors() -> None:
    assert actor_codes(BATTERY, "Georgia Institute of Technology") == ("USA", "EDU")


def test_people_of_a_namesake_state_story_take_its_country() -> None:
    assert actor_codes(BATTERY, "Alan Briggs")[0] == "USA"


ABROAD = (
    "Chinese state media on Tuesday mocked the American election campaign, and President Xi"
    " Jinping said China would stay calm.\n\n"
    "Li Wei, a doctoral candidate at the Georgia Institute of Technology, urged Chinese"
    " readers not to judge too quickly.\n\n"
    "Foreign Minister Wang Yi and Premier Li Keqiang declined to comment, while President"
    " Barack Obama praised the campaign.\n"
)


def test_a_namesake_state_abroad_is_the_state_the_other_actors_name() -> None:
    assert actor_codes(ABROAD, "Georgia Institute of Technology") == ("USA", "EDU")


def test_a_country_named_like_a_state_news_writes_with_state_stays_the_country() -> None:
    text = (
        "Nigeria's foreign minister Ade Bello summoned Niger's ambassador Issa Moussa on"
        " Monday to complain about the border raids.\n"
    )
    assert actor_codes(text, "Issa Moussa")[0] == "NER"
