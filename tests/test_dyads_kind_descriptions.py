"""A definite noun of a kind of organisation ("the network", "the company") names the latest
organisation of that sector, as a side of the act it takes part in."""

from __future__ import annotations

from tests.conftest import event_at, run_texts


def test_the_network_is_the_broadcaster_named_before() -> None:
    (r,) = run_texts(
        "Governor Dale Hume gave an interview to NBC on Friday.\n\n"
        "Later he blamed the network for its coverage."
    )
    assert [p.name for p in event_at(r, "blamed").recipients] == ["NBC"]


def test_the_company_is_not_a_broadcaster() -> None:
    (r,) = run_texts(
        "Governor Dale Hume gave an interview to NBC on Friday.\n\n"
        "Later he criticized the company for its layoffs."
    )
    assert event_at(r, "criticized").recipients == []


def test_the_bureau_is_the_police_body_named_before() -> None:
    (r,) = run_texts(
        "The FBI opened an inquiry into the mayor's fundraising in March.\n\n"
        "The bureau accused Mayor Lena Ostrow of hiding donations."
    )
    assert [p.name for p in event_at(r, "accused").actors] == ["FBI"]


def test_the_bureau_is_no_business_named_before() -> None:
    (r,) = run_texts(
        "Acme Corporation reported higher profits in March.\n\n"
        "The bureau accused Mayor Lena Ostrow of hiding donations."
    )
    assert event_at(r, "accused").actors == []
