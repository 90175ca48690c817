"""A plural demonym after "the" alone ("the Russians", "the Saudis") is news's name for the
state acting as one: coded as that country, with no sector, not as its civilians; a count or
"all of" before it still picks people out of the nation."""

from __future__ import annotations

import pytest

from tests.conftest import event_at, run_texts


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The Russians have shelled rebel positions near the border.", "shelled", "Russia"),
        ("The Saudis warned they would cut oil output.", "warned", "Saudi Arabia"),
    ],
)
def test_the_plural_demonym_acting_is_the_state(text: str, trigger: str, name: str) -> None:
    (r,) = run_texts(text, date="2016-05-09")
    (source,) = event_at(r, trigger).actors
    assert (str(source.name), source.sector) == (name, None)


def test_the_plural_demonym_as_target_is_the_state() -> None:
    (r,) = run_texts("The admiral accused the Chinese of arming the reefs.", date="2016-05-09")
    (target,) = event_at(r, "accused").recipients
    assert (target.country, target.sector) == ("CHN", None)


def test_counted_people_stay_civilians() -> None:
    (r,) = run_texts("Gunmen kidnapped the two Germans near the border.", date="2016-05-09")
    (target,) = event_at(r, "kidnapped").recipients
    assert (target.country, target.sector) == ("DEU", "CVL")


def test_a_placed_people_stays_civilians() -> None:
    (r,) = run_texts("The Armenians of Paris protested the visit.", date="2016-05-09")
    (source,) = event_at(r, "protested").actors
    assert (source.country, source.sector) == ("ARM", "CVL")


def test_a_people_a_clause_describes_stays_civilians() -> None:
    (r,) = run_texts("The Russians who live in Riga protested the new law.", date="2016-05-09")
    (source,) = event_at(r, "protested").actors
    assert source.sector == "CVL"
