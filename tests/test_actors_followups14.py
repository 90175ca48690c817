"""Actor follow-ups (round 14): mentions linked to the right person, and groups coded by owner."""

from __future__ import annotations

from eventwire.model import ArticleResult
from tests.conftest import run_texts


def _actor_of(result: ArticleResult, mention_text: str, nth: int = 0) -> str:
    """The name of the actor the nth mention with this text stands for."""
    mentions = [m for m in result.mentions if m.evidence.text == mention_text]
    actors = {a.id: a for a in result.actors}
    return actors[mentions[nth].actor_id].name


def test_a_pronoun_after_a_preposition_is_not_the_subject_of_the_verb_it_hangs_on() -> None:
    (r,) = run_texts(
        "Justice Ruth Bader Ginsburg criticized Donald Trump in an interview. "
        "Trump lashed out at her on Twitter and called on her to resign."
    )
    assert _actor_of(r, "her", 0) == "Ruth Bader Ginsburg"
    assert _actor_of(r, "her", 1) == "Ruth Bader Ginsburg"


def test_a_stance_owned_by_a_pronoun_is_no_opposition_group() -> None:
    stance, party = run_texts(
        "He later denied his opposition to the trade deal.",
        "The opposition won the vote. Kenya's opposition protested.",
    )
    assert [a.name for a in stance.actors] == []
    assert {a.name for a in party.actors} == {"The opposition", "Kenya's opposition"}


def test_a_title_held_in_a_body_takes_that_body_s_sector() -> None:
    firm, unknown, committee = run_texts(
        "A Pfizer spokeswoman declined to comment.",
        "A spokeswoman for Valeant Holdings declined to comment on Monday.",
        "Kevin Brady, chairman of the House Ways and Means Committee, said the bill would pass.",
    )
    sectors = {
        a.name: a.sector and a.sector.value for r in (firm, unknown, committee) for a in r.actors
    }
    assert sectors["A Pfizer spokeswoman"] == "BUS"
    assert sectors["A spokeswoman"] != "GOV"
    assert sectors["Kevin Brady"] == "LEG"


def test_a_city_s_mayor_is_coded_with_the_city_s_country() -> None:
    known, titled = run_texts(
        "Donald Trump said on Monday that Sadiq Khan was wrong about him.",
        "Americans rallied in Ohio. Jan Nowacki, the mayor of Warsaw, told them to vote.",
        date="2016-05-17",
    )
    khan = next(a for a in known.actors if a.name.endswith("Khan"))
    assert khan.country is not None and khan.country.value == "GBR"
    assert {a.name: a.country and a.country.value for a in titled.actors}["Jan Nowacki"] == "POL"


def test_a_reflexive_after_a_preposition_stands_for_its_clause_subject() -> None:
    (r,) = run_texts("Hillary Clinton met Bernie Sanders on Monday. Clinton spoke for herself.")
    assert _actor_of(r, "herself") == "Hillary Clinton"


def test_a_pronoun_in_a_phrase_on_a_noun_may_be_the_subject() -> None:
    (r,) = run_texts(
        "Donald Trump met Hillary Clinton on Monday. "
        "Trump stared into the two small screens before him."
    )
    assert _actor_of(r, "him") == "Donald Trump"


def test_the_body_named_in_a_person_s_description_stays_its_own_actor() -> None:
    (r,) = run_texts(
        "Lisa Jackson, then-administrator of the Environmental Protection Agency, "
        "had been using an alias email."
    )
    assert "Environmental Protection Agency" in {a.name for a in r.actors}
