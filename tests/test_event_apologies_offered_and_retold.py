"""An apology is SUPPORT (CAMEO 055 in PLOVER's conversion) to the one wronged: made, issued or
regretted; an apology offered is the apology itself, and one its maker's noun tells again keeps
its addressee."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


@pytest.mark.parametrize(
    "text,trigger",
    [
        ("Mayor Lena Ortiz apologized to the fishermen's union on Tuesday.", "apologized"),
        ("The airline's chief executive issued an apology to stranded passengers.", "apology"),
        ("Senator Paul Dunne said he regretted his remarks about the nurses.", "regretted"),
    ],
)
def test_an_apology_is_support(text: str, trigger: str) -> None:
    (result,) = run_texts(text, date="2018-06-04")
    assert [e.type for e in result.events if e.trigger.text == trigger] == ["SUPPORT"]


def test_an_apology_offered_is_the_apology_to_its_addressee() -> None:
    text = "The committee issued a statement, offering a deep apology to Senator Nina Walsh."
    (result,) = run_texts(text, date="2018-06-04")
    (event,) = result.events
    assert (event.type, event.trigger.text) == ("SUPPORT", "apology")
    assert [p.name for p in event.recipients] == ["Nina Walsh"]


def test_an_apology_told_again_keeps_its_addressee() -> None:
    text = (
        "Governor Ray Holt apologized to Senator Nina Walsh on Monday. "
        "Prior to his apology, Walsh had criticized the state's flood response."
    )
    (result,) = run_texts(text, date="2018-06-04")
    (retold,) = [e for e in result.events if e.trigger.text == "apology"]
    assert [p.name for p in retold.recipients] == ["Nina Walsh"]
