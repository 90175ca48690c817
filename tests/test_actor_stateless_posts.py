"""A person serving a body of no state (an IGO, an international NGO) is no state's, wherever
the story is datelined: "the UN special rapporteur for Belarus, X", "the head of the UN
mission, X", "X, Oxfam's country director". A national body's official keeps the home."""

from __future__ import annotations

import pytest

from tests.conftest import actor_codes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MINSK, May 3 (Reuters) - The United Nations special rapporteur for Belarus, "
            "Greta Lund, urged the authorities to free the detained journalists.",
            "Greta Lund",
        ),
        (
            "JUBA, Sept 3 (AP) - The head of the UN mission, Tomas Berg, said the raid "
            "on the camp was a war crime.",
            "Tomas Berg",
        ),
        (
            "NIAMEY (AFP) - The secretary-general of the Organization of African Unity, "
            "Adama Kone, appealed to both governments to withdraw their forces.",
            "Adama Kone",
        ),
    ],
)
def test_an_igo_office_named_before_the_name_is_the_igos(text: str, name: str) -> None:
    assert actor_codes(text, name, date="2000-01-01") == (None, "IGO")


def test_an_international_ngo_official_is_no_states() -> None:
    text = (
        'MONROVIA, Nov 2 (Reuters) - "The wards are full," said Rosa Bianchi, '
        "Oxfam's country director."
    )
    assert actor_codes(text, "Rosa Bianchi", date="2014-11-02") == (None, "NGO")


def test_a_national_official_keeps_the_dateline_country() -> None:
    text = (
        "MONROVIA, Nov 2 (Reuters) - Health Ministry spokesman Sam Kollie said the wards were full."
    )
    assert actor_codes(text, "Sam Kollie", date="2014-11-02") == ("LBR", "GOV")
