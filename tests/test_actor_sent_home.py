"""People another sends home, or whose own return home the text names, are of that country,
not of the article's home, a default for locals named bare (actors/homelands.py)."""

from __future__ import annotations

from tests.conftest import actor_country, run_texts


def test_the_person_a_verb_sends_back_is_of_that_country() -> None:
    (r,) = run_texts(
        "HOUSTON (AP) --\n\nTomas Varga stayed with cousins who refuse to send him back "
        "to Honduras. A county clerk said the family had hired a lawyer.",
        date="2019-03-05",
    )
    assert actor_country(r, "Tomas Varga") == "HND"


def test_the_person_returned_to_a_relative_abroad_is_of_that_country() -> None:
    (r,) = run_texts(
        "HOUSTON (AP) --\n\nTomas Varga should be returned to his mother in Honduras, "
        "a federal agency decided on Monday.",
        date="2019-03-05",
    )
    assert actor_country(r, "Tomas Varga") == "HND"


def test_a_named_persons_return_to_a_country_tells_it() -> None:
    (r,) = run_texts(
        "HOUSTON (AP) --\n\nTomas Varga, 9, crossed the river in March. A federal judge "
        "delayed Tomas's return to Honduras on Monday.",
        date="2019-03-05",
    )
    assert actor_country(r, "Tomas Varga") == "HND"


def test_a_person_deported_to_a_country_is_of_it() -> None:
    (r,) = run_texts(
        "HOUSTON (AP) --\n\nRosa Ibarra was deported to Guatemala last year, "
        "her lawyer said on Monday.",
        date="2019-03-05",
    )
    assert actor_country(r, "Rosa Ibarra") == "GTM"


def test_a_return_to_an_office_abroad_is_no_homeland() -> None:
    (r,) = run_texts(
        "HOUSTON (AP) --\n\nTomas Varga returned to his office in Honduras on Monday.",
        date="2019-03-05",
    )
    assert actor_country(r, "Tomas Varga") == "USA"
