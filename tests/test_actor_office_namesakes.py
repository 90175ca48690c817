"""An office title before a surname two people in the story share picks the one who held the
office: "President Clinton" beside Bill and Hillary Clinton in 2016 is Bill Clinton, though
she was named last."""

from __future__ import annotations

from .conftest import joined_names, run_texts

MET = "Bill Clinton and Hillary Clinton campaigned in Iowa on Monday. "


def accusers(text: str) -> list[str]:
    (result,) = run_texts(text, date="2016-05-02")
    return [joined_names(e.actors) for e in result.events if e.type == "ACCUSE"]


def test_a_title_picks_the_namesake_who_held_the_office() -> None:
    assert accusers(MET + "President Clinton criticized the Republicans.") == ["Bill Clinton"]


def test_a_title_no_namesake_held_leaves_the_other_rules() -> None:
    assert accusers(MET + "Mrs. Clinton criticized the Republicans.") == ["Hillary Clinton"]


def test_a_bare_title_fits_the_office_it_names() -> None:
    met = "Hillary Clinton and Bill Clinton campaigned in Iowa on Monday. "
    assert accusers(met + "Secretary Clinton criticized the Republicans.") == ["Hillary Clinton"]
