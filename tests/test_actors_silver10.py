"""Actor codes seen wrong on a second set of hand-coded news (actors round 10)."""

from __future__ import annotations

from eventwire.model import Actor, ArticleResult
from tests.conftest import named_actor, run_texts


def actor(result: ArticleResult, name: str) -> Actor:
    return named_actor(result, name)


def sector(a: Actor) -> str | None:
    return a.sector.value if a.sector else None


def test_foreign_ministers_named_bare_are_known_for_the_articles_date() -> None:
    (r,) = run_texts(
        "Bronislaw Geremek and Janos Martonyi signed the documents. Jan Kavan spoke.",
        date="1999-03-12",
    )
    assert [
        (actor(r, n).country.value, sector(actor(r, n)))
        for n in ("Bronislaw Geremek", "Janos Martonyi", "Jan Kavan")
    ] == [("POL", "GOV"), ("HUN", "GOV"), ("CZE", "GOV")]


def test_a_hyphenated_word_does_not_end_a_description() -> None:
    agent, doctor = run_texts(
        "``We have our suspect,'' said Bernard Tolbert, special agent-in-charge of the FBI's "
        "Buffalo office.",
        "Dr. Barnett Slepian, a 52-year-old obstetrician-gynecologist, was shot.",
    )
    assert sector(actor(agent, "Bernard Tolbert")) == "COP"
    assert sector(actor(doctor, "Barnett Slepian")) == "HLH"


def test_a_rank_held_in_a_police_department_is_the_polices() -> None:
    police, army = run_texts(
        "Sgt. Derek Glenn, a spokesman for the Newark Police Department, said suspects fled.",
        "Sgt. Derek Glenn said the troops withdrew.",
    )
    assert sector(actor(police, "Derek Glenn")) == "COP"
    assert sector(actor(army, "Derek Glenn")) == "MIL"


def test_a_sentence_set_abroad_gives_its_subject_that_country() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) --\n\nA man was arrested. In Cape Town, South Africa, police spokesman "
        "Capt. Rod Beer said the FBI arrested Ali Mohamed at the airport. Tom Hart said little.",
        date="1999-10-08",
    )
    assert actor(r, "Rod Beer").country.value == "ZAF"
    assert actor(r, "Ali Mohamed").country.value == "USA", "acted on there, not of there"
    assert actor(r, "Tom Hart").country.value == "USA"


def test_a_person_the_text_sends_back_to_a_country_is_of_it() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) --\n\nElian Gonzalez said he did not want to go back to Cuba. "
        "Juan Miguel Gonzalez can return to Cuba. Mark Smith went to Cuba.",
        date="2000-04-24",
    )
    assert actor(r, "Elian Gonzalez").country.value == "CUB"
    assert actor(r, "Juan Miguel Gonzalez").country.value == "CUB"
    assert actor(r, "Mark Smith").country.value == "USA", "a visit is no return"


def test_the_kind_of_group_named_before_an_organisation_gives_its_sector() -> None:
    (r,) = run_texts(
        "WASHINGTON (AP) --\n\nShe is a member of the animal rights organization Direct Action "
        "Everywhere, which tried to interrupt a rally. The company Direct Motion said nothing.",
        date="2016-08-10",
    )
    assert sector(actor(r, "Direct Action Everywhere")) == "NGO"
