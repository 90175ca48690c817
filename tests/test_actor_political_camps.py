"""Political camps named by their creed in lower case are groups of the home country: no
sector as a camp, civilians when the text counts them as a crowd; a political label written as
one word makes "groups" a camp, and a noun hyphened to a participle ("government-run") is no
group."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def test_a_camp_named_in_lower_case_is_a_home_group_of_no_sector() -> None:
    text = (
        "OTTAWA (Reuters) - The minister has not decided whether to include a public pension "
        "plan, which progressives demand and the premier opposes."
    )
    assert actor_codes(text, "progressives") == ("CAN", None)


def test_a_counted_camp_is_a_crowd_of_civilians() -> None:
    text = "LIMA (AP) - About 3,000 red-capped nationalists rallied outside the Congress building."
    assert actor_codes(text, "red-capped nationalists") == ("PER", "CVL")


def test_a_quoted_political_label_makes_groups_a_camp() -> None:
    text = 'MADRID (Reuters) - The interior minister accused "far-right" groups of burning cars.'
    assert actor_codes(text, '"far-right" groups') == ("ESP", "CVL")


def test_a_noun_joined_by_a_hyphen_to_a_participle_is_no_acting_group() -> None:
    text = "OTTAWA (Reuters) - The premier opposed a government-run pension plan."
    (result,) = run_texts(text)
    assert all(
        a.sector is None or a.sector.value != "GOV" or a.type.value != "group"
        for a in result.actors
    )


def test_a_creed_in_lower_case_is_no_party_of_the_same_name() -> None:
    """ "conservatives" in a US story are a US camp, not the Conservatives the table lists as a
    British party."""
    text = (
        "DALLAS (AP) - The governor signed the school bill on Friday, and conservatives "
        "accused him of raising taxes."
    )
    assert actor_codes(text, "conservatives") == ("USA", None)


def test_a_modified_creed_in_lower_case_is_no_party_either() -> None:
    """The table's lookup reads a name's last words: "religious conservatives" ends in the
    word the table lists as Britain's Conservatives, but is a US camp in a US story."""
    text = (
        "DES MOINES (AP) - The senator spent the week courting religious conservatives, "
        "who accused his rival of abandoning them."
    )
    assert actor_codes(text, "religious conservatives") == ("USA", None)
