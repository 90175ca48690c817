"""Senses that are no act between parties: a thing that "threatens" tells a risk ("the
primary threatens to knock the governors out"), a thing that keeps someone from acting tells a
circumstance ("the rule prevents him from running"), keeping a rival from a race's prize is
running against him ("prevent him from reaching the delegates"), and an "appeal to voters"
with nothing asked is the pull a candidate has on a public. A party's threat, a party's own
thing that threatens, a party that keeps someone from acting, and a plea that asks something
or pleads with a party still count."""

from __future__ import annotations

import pytest

from .conftest import typed_triggers


def _types(text: str) -> list[str]:
    return [kind for kind, _ in typed_triggers(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The early primary threatens to knock two of the governors out of the contest.",
        "That threatened to leave many middle-class families worse off next year.",
    ],
)
def test_a_thing_that_threatens_is_a_risk(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor threatened to veto the spending bill on Tuesday.",
        "Moscow's missile program threatens Poland, the Polish defense minister said.",
    ],
)
def test_a_party_and_its_own_thing_still_threaten(text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Accusations of fraud could not keep the mayor from winning in 1998.",
        "That's certainly not stopping the senator from blocking the bill now.",
        "That hasn't kept local reporters from asking questions about the deal.",
        "Closing the border is not going to stop the many migrants from continuing to come north.",
    ],
)
def test_a_thing_that_keeps_someone_from_acting_restricts_no_one(text: str) -> None:
    assert "COERCE" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The governor's rivals hope to prevent him from reaching the 1,237 delegates he needs.",
        "Party activists are working to block the senator from the nomination.",
        "Republicans are desperate to stop me from becoming the nominee, the governor said.",
    ],
)
def test_keeping_a_rival_from_a_race_prize_restricts_no_one(text: str) -> None:
    assert not {"COERCE", "REJECT"} & set(_types(text))


@pytest.mark.parametrize(
    "text",
    [
        "Riot police stopped hundreds of students from marching to the parliament on Monday.",
        "The army prevented foreign reporters from entering the town.",
        "A witness stopped the suspect from leaving.",
        "Riot police kept opposition voters from voting in the primary.",
    ],
)
def test_a_party_that_keeps_someone_from_acting_still_coerces(text: str) -> None:
    assert "COERCE" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The senator's broad appeal to rural voters worried his rivals.",
        "Her rivals envied her easy appeal to young women in the suburbs.",
    ],
)
def test_an_appeal_to_a_public_with_nothing_asked_is_no_request(text: str) -> None:
    assert "REQUEST" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The archbishop made an urgent appeal to the people of Sudan to end the fighting.",
        "The mayor issued an appeal for calm after the riots.",
        "The archbishop made an urgent appeal to the people of Sudan.",
    ],
)
def test_a_plea_still_requests(text: str) -> None:
    assert "REQUEST" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "That is troubling because it threatens the extensive work that economists did.",
        "Podesta said Pence had threatened women's privacy and limited their choice.",
        "The pressure is only growing, threatening further losses for the fund's manager.",
    ],
)
def test_a_thing_threatened_is_a_risk(text: str) -> None:
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump wrote to the company's chief executive, threatening a major lawsuit.",
        "The minister threatened tariffs on Chinese steel last week.",
        "Within ten years Iran will threaten Israel with nuclear bombs.",
        "The protesters threatened the state chairwoman after the convention.",
    ],
)
def test_a_party_a_harm_or_an_act_threatened_stays_a_threat(text: str) -> None:
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas threatened Israeli towns near the border.",
        "The militia threatened American bases in the region.",
    ],
)
def test_a_named_partys_own_thing_threatened_stays_a_threat(text: str) -> None:
    """A thing a named party's name marks as its own ("Israeli towns") is held over that
    party: a threat, not a risk told (`endangers_a_thing`)."""
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea threatened a nuclear test last week.",
        "China threatened countermeasures after the vote in Washington.",
        "Iran threatened shipping in the Strait of Hormuz.",
    ],
)
def test_what_a_named_state_threatens_stays_a_threat(text: str) -> None:
    """A state's threat, whatever noun names it: the lexicons do not know every act or harm
    ("a nuclear test", "countermeasures") that `endangers_a_thing` would need."""
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "It threatens the extensive work that economists did during the Obama administration.",
        "The pressure is only growing, threatening further losses for Mr. Ackman.",
    ],
)
def test_a_name_beyond_the_things_owner_words_keeps_it_a_risk(text: str) -> None:
    """A name in a relative clause or a "for" phrase says nothing of whose the thing is."""
    assert "THREATEN" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump threatened a government shutdown over the budget.",
        "The rebels threatened the lives of the hostages.",
    ],
)
def test_an_act_or_lives_a_party_threatens_stay_a_threat(text: str) -> None:
    """An act an order could bring ("a shutdown") or people's lives held over them by a party
    is a threat, not a risk told (`endangers_a_thing`)."""
    assert "THREATEN" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The stalemate threatens a government shutdown next month.",
        "The drought threatens the lives of millions of farmers.",
    ],
)
def test_an_act_or_lives_a_thing_threatens_stay_a_risk(text: str) -> None:
    assert "THREATEN" not in _types(text)
