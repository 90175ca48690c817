"""Known people named with a surname misspelt by one letter (actors round 7)."""

from __future__ import annotations

from eventwire.actors.spelling import one_letter_off
from tests.conftest import run_texts
from tests.test_actors_context import actor, codes


def test_one_letter_dropped_doubled_or_changed_is_off_by_one() -> None:
    assert one_letter_off("gorbachov", "gorbachev")
    assert one_letter_off("thacher", "thatcher")
    assert one_letter_off("thatchers", "thatcher")
    assert not one_letter_off("thatcher", "thatcher")
    assert not one_letter_off("bash", "bush")  # too short to tell a misspelling
    assert not one_letter_off("gorbachov", "gorbachuk")


def test_an_edit_at_either_end_is_off_by_one() -> None:
    assert one_letter_off("khrushchov", "chrushchov")  # the first letter changed
    assert one_letter_off("hrushchov", "khrushchov")  # the first letter dropped
    assert one_letter_off("khrushchev", "khrushchex")  # the last letter changed
    assert one_letter_off("khrushche", "khrushchev")  # the last letter dropped
    assert not one_letter_off("xhrushchex", "khrushchev")  # both ends changed: two edits
    assert not one_letter_off("khrushchevvv", "khrushchev")  # two letters longer


def test_a_misspelt_leader_named_in_full_takes_the_known_codes() -> None:
    (r,) = run_texts("Prime Minister Margaret Thacher met the miners' leaders.", date="1985-03-01")
    assert codes(actor(r, "Margaret Thacher"))[:2] == ("GBR", "GOV")


def test_another_first_name_is_someone_else() -> None:
    (r,) = run_texts("Prime Minister Marjorie Thacher met the miners' leaders.", date="1985-03-01")
    assert codes(actor(r, "Marjorie Thacher"))[0] is None
