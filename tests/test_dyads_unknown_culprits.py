"""An arrest or shooting of unknown culprits ("suspects were arrested", "shot the gunman")
names no human target: unknown perpetrators leave the side empty, instead of taking the doers'
own people, a guess kept for people the text does not call culprits."""

from __future__ import annotations

from tests.conftest import countries_of, event_at, run_texts


def test_an_arrested_suspect_is_no_one_known() -> None:
    (r,) = run_texts("Bolivian police detained a suspect on Tuesday.")
    assert event_at(r, "detained").recipients == []


def test_passive_suspects_are_no_one_known() -> None:
    (r,) = run_texts("Two suspects were arrested by Malaysian police on Friday.")
    assert event_at(r, "arrested").recipients == []


def test_a_shot_gunman_is_no_one_known() -> None:
    (r,) = run_texts("Norwegian police shot the gunman outside the school.")
    assert event_at(r, "shot").recipients == []


def test_arrested_men_still_are_the_doers_own_people() -> None:
    (r,) = run_texts("Bolivian police detained three men on Tuesday.")
    assert countries_of(event_at(r, "detained").recipients) == {"BOL"}


def test_suspects_of_a_told_country_stay_targets() -> None:
    (r,) = run_texts("Kenyan police arrested two Somali suspects on Monday.")
    assert countries_of(event_at(r, "arrested").recipients) == {"SOM"}
