"""An institute named for a cause it defends (rights, liberties) is an advocacy group (NGO); a
school or a field's institute stays EDU."""

from __future__ import annotations

from tests.conftest import actor_sector

DATE = "2019-10-22"


def test_a_human_rights_institute_is_an_advocacy_group() -> None:
    text = "LIMA (Reuters) - The National Institute of Human Rights accused police of beatings."
    assert actor_sector(text, "National Institute of Human Rights", DATE) == "NGO"


def test_a_rights_institute_named_before_its_noun_is_an_advocacy_group() -> None:
    text = "BOGOTA (Reuters) - The Colombian Human Rights Institute condemned the killings."
    assert actor_sector(text, "Colombian Human Rights Institute", DATE) == "NGO"


def test_an_institute_of_science_stays_a_school() -> None:
    text = "NEW DELHI (Reuters) - The Indian Institute of Science signed a deal with the agency."
    assert actor_sector(text, "Indian Institute of Science", DATE) == "EDU"
