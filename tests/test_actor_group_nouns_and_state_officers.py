"""Bodies named by a common noun (a junta, a caucus, management, the networks), state officers
who keep the books, defence ministries, and hyphenated given names are actors with the codes
the coding rules give them."""

from __future__ import annotations

from tests.conftest import actor_codes, run_texts


def _sources(text: str) -> list[tuple[str, str | None]]:
    """Each event's source names and sectors, in order."""
    (result,) = run_texts(text, date="2019-04-02")
    return [(a.name, a.sector) for e in result.events for a in e.actors]


def test_a_ruling_junta_is_the_military() -> None:
    text = "NIAMEY (Reuters) - Niger's ruling junta freed 30 detained ministers on Sunday."
    assert actor_codes(text, "Niger's ruling junta") == ("NER", "MIL")


def test_a_caucus_and_management_act_bare() -> None:
    assert ("his caucus", "LEG") in _sources(
        "Senator Luis Ortega said on Tuesday that his caucus would reject any plan that cuts "
        "school funding."
    )
    assert ("Management", "BUS") in _sources(
        "Kia Motors workers walked off the job on Tuesday. Management has rejected the "
        "union's demand for an 8 percent raise."
    )


def test_networks_and_consumer_groups_have_sectors() -> None:
    assert ("The networks", "MED") in _sources(
        "The networks lobbied the Senate hard against the bill."
    )
    assert ("Consumer groups", "NGO") in _sources(
        "Consumer groups urged the Federal Trade Commission on Monday to block the merger."
    )


def test_state_officers_who_keep_the_books_are_officials() -> None:
    text = "Ohio Treasurer Mark Olsen criticized the budget plan on Monday."
    assert actor_codes(text, "Mark Olsen") == ("USA", "GOV")
    text = "Comptroller Karen Lutz accused the agency of wasting funds."
    assert actor_codes(text, "Karen Lutz")[1] == "GOV"


def test_a_defence_ministry_and_its_spokesman_are_gov() -> None:
    text = (
        "TBILISI (Reuters) - The Georgian Defence Ministry accused Russian jets of violating "
        "its airspace. Georgian Defence Ministry spokesman Levan Beridze denied the report."
    )
    assert actor_codes(text, "Georgian Defence Ministry") == ("GEO", "GOV")
    assert actor_codes(text, "Levan Beridze") == ("GEO", "GOV")


def test_a_field_after_of_in_a_name_gives_no_sector() -> None:
    """ "Office of Personnel Management" is an office (GOV), not management (BUS); a plural
    after "of" names the members, whose sector the body has."""
    text = "WASHINGTON (AP) - The Office of Personnel Management ordered agencies to close."
    assert actor_codes(text, "Office of Personnel Management") == ("USA", "GOV")


def test_a_hyphenated_given_name_stays_whole() -> None:
    (result,) = run_texts(
        "SEOUL (Yonhap) - Foreign Minister Choi Mi-sook met Japanese officials on Monday.",
        date="2006-07-20",
    )
    assert "Choi Mi-sook" in [a.name for a in result.actors]
    (result,) = run_texts("A Putin-backed candidate won the vote in Minsk on Sunday.")
    names = [a.name for a in result.actors]  # "-backed" is no given name of Putin's
    assert "Vladimir Putin" in names  # the known actor's own name, nothing of "-backed"
    assert not any(n.startswith(("Putin-", "-backed")) for n in names)


def test_a_former_occupation_after_the_name_keeps_the_office_held_now() -> None:
    """ "Treasurer X, a former banker": "former" qualifies the banker, not the treasurer; a
    former title after the name still gives no sector."""
    text = "Treasurer Ann Cole, a former banker, warned the legislature that checks could bounce."
    assert actor_codes(text, "Ann Cole")[1] == "GOV"
    text = "Ann Cole, a former president of Peru, criticized the legislature."
    assert actor_codes(text, "Ann Cole")[1] is None


def test_a_group_owned_by_a_persons_pronoun_is_named_with_it() -> None:
    """ "his government" is how readers name the group; it keeps the owner's country."""
    text = (
        "ISLAMABAD (Reuters) - Prime Minister Nawaz Sharif said his government would not "
        "negotiate with the militants."
    )
    assert actor_codes(text, "his government") == ("PAK", "GOV")


def test_a_group_named_for_a_region_is_no_one_states() -> None:
    """ "Latin American leaders" are no Americans; "West African envoys" are not of the one
    state the sentence names; "South African diplomats" stay South Africa's."""
    text = "TEGUCIGALPA (AP) - Latin American leaders condemned the coup on Sunday."
    assert actor_codes(text, "Latin American leaders") == (None, "GOV")
    (result,) = run_texts("CONAKRY (AFP) - West African envoys met Guinea's junta leader.")
    envoys = next(a for a in result.actors if "African envoys" in a.name)
    assert envoys.country is None
    text = "South African diplomats met Kenyan officials on Monday."
    assert actor_codes(text, "South African diplomats")[0] == "ZAF"


def test_coordinated_counterparts_pair_with_the_names_in_order() -> None:
    """ "his Georgian and Ukrainian counterparts, X and Y": X is Georgia's, Y Ukraine's, and
    both hold the speaker's office."""
    text = (
        "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov spoke by telephone with his "
        "Georgian and Ukrainian counterparts, Irakli Alasania and Pavlo Klimkin, on Monday."
    )
    assert actor_codes(text, "Irakli Alasania", "2014-06-02") == ("GEO", "GOV")
    assert actor_codes(text, "Pavlo Klimkin", "2014-06-02") == ("UKR", "GOV")
