"""Groups named by a national party vote for the party's country in the article's home vote
(actors round 55): a campaign story naming few coded Americans still finds its home."""

from __future__ import annotations

from tests.conftest import actor_country, run_texts


def test_party_groups_set_a_campaign_story_at_home() -> None:
    (r,) = run_texts(
        "Hillary Clinton and Bernie Sanders traded barbs in a crowded hall on Tuesday. "
        "Democratic candidates have argued for weeks over trade. Republican voters said they "
        "were unhappy. A teacher, Jane Roe, criticized the organizers."
    )
    assert [actor_country(r, n) for n in ("Jane Roe", "the organizers")] == ["USA", "USA"]


def test_a_foreign_party_does_not_make_a_story_american() -> None:
    (r,) = run_texts(
        "Labour MPs attacked the budget on Monday. Labour councillors said the cuts went too "
        "far. A nurse, Jane Roe, criticized the hospital managers."
    )
    assert actor_country(r, "Jane Roe") != "USA"
