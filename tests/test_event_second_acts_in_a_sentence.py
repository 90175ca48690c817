"""Every act a sentence tells is coded, also a second one folded under the first: what a call
or meeting was made to say to the one contacted, an act staged in an "as" clause by its own
doer, a passive conjunct of another kind, and a warning joined to "said" by "and". Look-alikes
stay one act: a purpose of the same kind ("met to discuss"), a protest's aim, an attack's toll."""

from __future__ import annotations

import pytest

from eventwire.model import Participant

from .conftest import event_types, run_texts


def _names(parties: list[Participant]) -> list[str]:
    return [p.name for p in parties]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Peru's foreign minister phoned his Ecuadorean counterpart on Monday to urge a"
            " quick end to the border dispute.",
            ["CONSULT", "REQUEST"],
        ),
        (
            "The Dutch envoy met the Turkish foreign minister to protest the arrest of a"
            " Dutch journalist.",
            ["CONSULT"],  # a complaint told by "protest" is no speech act of the errand kind
        ),
        (
            "Riot police arrested scores of students in Harare as the opposition staged"
            " demonstrations.",
            ["COERCE", "PROTEST"],
        ),
        (
            "Troops fired on marchers in Lome on Friday, and 30 people were detained.",
            ["ASSAULT", "COERCE"],
        ),
        ("The two presidents met in Lisbon to discuss the fishing dispute.", ["CONSULT"]),
        ("Gunmen ambushed a bus near Mosul, and six passengers were killed.", ["ASSAULT"]),
    ],
)
def test_second_acts(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected


def test_errand_is_said_to_the_one_contacted() -> None:
    (result,) = run_texts(
        "Chile's trade minister telephoned his Bolivian counterpart to demand the release of"
        " the seized trucks."
    )
    request = next(e for e in result.events if e.type == "REQUEST")
    assert _names(request.actors) == ["Chile's trade minister"]
    assert [p.country for p in request.recipients] == ["BOL"]


def test_warning_joined_to_said_is_the_sayers() -> None:
    (result,) = run_texts(
        "The police chief said the marches were unlawful and warned that anyone who blocked"
        " the bridge would be detained."
    )
    assert [(e.type, _names(e.actors)) for e in result.events] == [
        ("THREATEN", ["The police chief"])
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Malawi's president vetoed the budget and talks with opposition leaders broke down.",
            ["REJECT", "CONSULT"],
        ),
        (
            "Soldiers arrested dozens of students in Bamako as the opposition staged a second"
            " round of protests.",
            ["COERCE", "PROTEST"],
        ),
    ],
)
def test_acts_the_parse_folds_into_another(text: str, expected: list[str]) -> None:
    assert event_types(text) == expected


def test_as_clause_beside_a_refusal_in_a_headline() -> None:
    types = event_types(
        "Opposition refuses to join Mali talks as African Union monitors pull out"
        "\n\nThe report gave no further details."
    )
    assert "RETREAT" in types


def test_appeal_told_by_a_message_the_sender_issued() -> None:
    (result,) = run_texts(
        "Senator Walsh's campaign drew criticism after it sent leaflets urging Democrats to"
        " stay home on election day."
    )
    request = next(e for e in result.events if e.type == "REQUEST")
    assert _names(request.recipients) == ["Democrats"]
