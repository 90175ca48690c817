"""Wire datelines in every shape the wires combine: a place, a country of several words, a US
state written the AP way, a date, an agency credit, any dash or a colon. The place, its
country (the home that unqualified institutions take) and the date with its year are read."""

from __future__ import annotations

import pytest

from tests.conftest import event_dyads, run_texts

BODY = "The army shelled a village on Sunday, officials said."


@pytest.mark.parametrize(
    ("lead", "place", "agency", "day"),
    [
        ("BUKAVU, Democratic Republic of Congo (Reuters) - ", "Bukavu", "Reuters", None),
        ("MOSTAR, Bosnia and Herzegovina (AFP) – ", "Mostar", "AFP", None),
        ("SPARTANBURG, S.C., March 3 -- ", "Spartanburg", None, "03-03"),
        ("TUCSON, Ariz., Oct. 9 — ", "Tucson", None, "10-09"),
        ("CHARLESTON, W.Va., Nov. 3 (UPI) -- ", "Charleston", "UPI", "11-03"),
        ("ISFAHAN, July 2 (IRNA) -- ", "Isfahan", "IRNA", "07-02"),
        ("IPOH, Malaysia, Sept 3 (Bernama) -- ", "Ipoh", "Bernama", "09-03"),
        ("Port Moresby, Papua New Guinea (AFP) — ", "Port Moresby", "AFP", None),
        ("NAIROBI, Kenya: ", "Nairobi", None, None),
        ("FORT MYERS, Fla. -- ", "Fort Myers", None, None),
        ("DENVER—", "Denver", None, None),
        ("WASHINGTON, D.C. — ", "Washington", None, None),
        ("ST. LOUIS, Mo., Jan. 5, 2010 — ", "St. Louis", None, "2010-01-05"),
    ],
)
def test_dateline_parts_in_any_combination(
    lead: str, place: str, agency: str | None, day: str | None
) -> None:
    (result,) = run_texts(f"Storm hits coast\n\n{lead}{BODY}", date="2011-03-08")
    article = result.article
    assert article.dateline_place.value.lower() == place.lower()
    assert (article.agency.value if article.agency else None) == agency
    if day:
        assert article.date.value.endswith(day) and article.date.value.startswith("20")


@pytest.mark.parametrize(
    ("lead", "home"),
    [
        ("BUKAVU, Democratic Republic of Congo (Reuters) - ", "COD"),
        ("BOSSANGOA, Central African Republic (AP) — ", "CAF"),
        ("KIEV, March 1. /TASS/. ", "UKR"),
    ],
)
def test_dateline_country_is_the_home_of_unqualified_forces(lead: str, home: str) -> None:
    (dyad,) = event_dyads(f"{lead}{BODY}", date="2014-03-02")
    assert dyad[0] == "ASSAULT" and dyad[1] == [home]


@pytest.mark.parametrize(
    "text",
    [
        "Note: the talks resumed in Geneva on Monday, officials said.",
        "UPDATE: the talks resumed in Geneva on Monday, officials said.",
        "Smith, the mayor — and his deputy — met on Monday.",
        "OHIO POLLS NOT WRONG, JUST TOO EARLY - Ann Lee: the talks resumed on Monday.",
        "WOW: the senator just said the talks resumed on Monday.",
    ],
)
def test_a_body_line_is_no_dateline(text: str) -> None:
    (result,) = run_texts(text)
    assert result.article.dateline_place is None
