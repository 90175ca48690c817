"""Actor codes that the words around a name give: a member noun with its body before the name,
a country named before an institution every state has, a capital's namesake town placed in
another country by its apposition, and well-known armed groups and parties in wire spellings."""

from __future__ import annotations

import pytest

from eventwire.model import ArticleResult
from tests.conftest import named_actor, run_texts


def _codes(result: ArticleResult, name: str) -> tuple[str | None, str | None]:
    """The country and sector of the actor called `name`."""
    actor = named_actor(result, name)
    return (
        actor.country.value if actor.country else None,
        actor.sector.value if actor.sector else None,
    )


@pytest.mark.parametrize(
    ("sentence", "name", "codes"),
    [
        (
            "A member of the Kenyan parliament, Joseph Mwangi, accused the police of torture.",
            "Joseph Mwangi",
            ("KEN", "LEG"),
        ),
        (
            "A member of the Peruvian Congress, Luis Quispe, criticized the army on Monday.",
            "Luis Quispe",
            ("PER", "LEG"),
        ),
    ],
)
def test_a_member_of_a_body_before_the_name_gives_its_codes(
    sentence: str, name: str, codes: tuple[str, str]
) -> None:
    (r,) = run_texts(sentence, date="2012-03-01")
    assert _codes(r, name) == codes


def test_an_institution_every_state_has_is_the_state_named_before_it() -> None:
    (r,) = run_texts("The Peruvian Congress rejected the budget on Monday.", date="2012-03-01")
    assert _codes(r, "Congress") == ("PER", "LEG")


def test_congress_named_bare_in_a_us_story_stays_american() -> None:
    (r,) = run_texts("WASHINGTON (AP) _ Congress rejected the bill.", date="2012-03-01")
    assert _codes(r, "Congress") == ("USA", "LEG")


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Rebels shelled Tripoli, the north Lebanese port, on Sunday.", "Lebanon"),
        ("Gunmen attacked Tripoli in northern Lebanon on Sunday.", "Lebanon"),
        ("Washington accused Tripoli of backing the bombers.", "Libya"),
    ],
)
def test_a_capitals_namesake_town_is_the_state_its_apposition_names(
    sentence: str, country: str
) -> None:
    (r,) = run_texts(sentence, date="2012-03-01")
    targets = [p.name for e in r.events for p in e.recipients]
    assert targets == [country]


@pytest.mark.parametrize(
    ("sentence", "name", "codes"),
    [
        ("Al-Qaida claimed the attack on the convoy.", "Al-Qaeda", (None, "REB")),
        ("Al-Shabab claimed the attack on the hotel.", "Al-Shabab", ("SOM", "REB")),
        ("ZANU-PF accused the MDC of violence on Monday.", "ZANU-PF", ("ZWE", "PTY")),
    ],
)
def test_armed_groups_and_parties_in_wire_spellings(
    sentence: str, name: str, codes: tuple[str | None, str]
) -> None:
    (r,) = run_texts(sentence, date="2008-03-01")
    assert _codes(r, name) == codes


@pytest.mark.parametrize(
    ("sentence", "name", "codes"),
    [
        (
            "Workers affiliated with the Zambian Mineworkers' Union went on strike on Monday.",
            "Workers affiliated with the Zambian Mineworkers' Union",
            ("ZMB", "CVL"),
        ),
        (
            "Members of the Pakistan People's Party protested in Lahore on Monday.",
            "Members of the Pakistan People's Party",
            ("PAK", "PTY"),
        ),
        (
            "Members of the Colombian Congress rejected the bill on Monday.",
            "Members of the Colombian Congress",
            ("COL", "LEG"),
        ),
    ],
)
def test_a_group_tied_to_a_body_takes_its_codes(
    sentence: str, name: str, codes: tuple[str, str]
) -> None:
    (r,) = run_texts(sentence, date="2010-03-01")
    assert _codes(r, name) == codes


@pytest.mark.parametrize(
    ("sentence", "name", "sector"),
    [
        (
            "The main rebel group, the Forces for National Liberation, attacked a post.",
            "Forces for National Liberation",
            "REB",
        ),
        (
            "The Allied Democratic Forces, a Ugandan rebel group, attacked a school.",
            "Allied Democratic Forces",
            "REB",
        ),
        (
            "The opposition Alliance for Democracy boycotted the vote on Sunday.",
            "Alliance for Democracy",
            "OPP",
        ),
    ],
)
def test_the_words_around_an_unknown_organisation_say_its_kind(
    sentence: str, name: str, sector: str
) -> None:
    (r,) = run_texts(sentence, date="2010-03-01")
    assert _codes(r, name)[1] == sector


@pytest.mark.parametrize(
    ("sentence", "name", "codes"),
    [
        (
            "Sudan's ambassador to the United Nations, Ali Osman, rejected the report.",
            "Ali Osman",
            ("SDN", "GOV"),
        ),
        (
            "Tom Reed, the acting director of the FBI, said the suspect had fled.",
            "Tom Reed",
            ("USA", "COP"),
        ),
    ],
)
def test_a_posted_or_acting_title_describes_the_name(
    sentence: str, name: str, codes: tuple[str, str]
) -> None:
    (r,) = run_texts(sentence, date="2010-03-01")
    assert _codes(r, name) == codes
    assert len([a for a in r.actors if a.type.value == "person"]) == 1


@pytest.mark.parametrize(
    ("sentence", "name", "codes"),
    [
        (
            "Kurds in northern Syria protested against the army.",
            "Kurds in northern Syria",
            ("SYR", "CVL"),
        ),
        ("Iranian Kurds marched to the border on Monday.", "Iranian Kurds", ("IRN", "CVL")),
    ],
)
def test_a_people_of_no_state_takes_the_country_named_with_it(
    sentence: str, name: str, codes: tuple[str, str]
) -> None:
    (r,) = run_texts(sentence, date="2010-03-01")
    assert _codes(r, name) == codes
