"""Events: how sure the text is about each act (modality) and the words that decide it."""

from __future__ import annotations

import pytest

from eventwire.events.extract import ALL_EVENTS_SETTING
from eventwire.model import ArticleResult, Modality

from .conftest import run_texts

MODALITY_CASES = [
    ("Germany did not expel the Russian ambassador on Monday.", "expel", Modality.NEGATED, "not"),
    ("Iran never attacked the tanker.", "attacked", Modality.NEGATED, "never"),  # a denial is
    # REJECT (tests/test_event_participants_of_denials_reports_and_scenes.py)
    ("No one has been arrested for the bombing.", "arrested", Modality.NEGATED, "No"),
    ("Nobody attacked the convoy.", "attacked", Modality.NEGATED, "Nobody"),
    ("The governor has yet to endorse the senator.", "endorse", Modality.NEGATED, "yet"),
    (
        "Iran neither attacked the ship nor seized its crew.",
        "attacked",
        Modality.NEGATED,
        "neither",
    ),
    ("Iran neither attacked the ship nor seized its crew.", "seized", Modality.NEGATED, "nor"),
    ("Neither Russia nor China condemned the attack.", "condemned", Modality.NEGATED, "Neither"),
    ("Iran is still to meet the French envoy.", "meet", Modality.NEGATED, "still"),
    ("Japan will send troops to the island next week.", "send", Modality.PLANNED, "will"),
    ("Kenya plans to deport the activists.", "deport", Modality.PLANNED, "plans"),
    (
        "Chile would impose sanctions if Peru closed the border.",
        "sanctions",
        Modality.HYPOTHETICAL,
        None,
    ),
    ("Police arrested 40 protesters in Lagos on Friday.", "arrested", Modality.OCCURRED, None),
    ("Troops are shelling the city.", "shelling", Modality.ONGOING, "shelling"),
    ("The mayor is being investigated by a grand jury.", "investigated", Modality.ONGOING, "being"),
    ("If Serbia attacks, Croatia will fight.", "fight", Modality.HYPOTHETICAL, "will"),  # a threat
    ("If they cross the border, we fight them.", "fight", Modality.HYPOTHETICAL, "If"),
    (
        "If you lead a country and your ships are under attack, you call the navy.",
        "attack",
        Modality.HYPOTHETICAL,
        "If",
    ),
    (
        "The mayor said it would have been an insult to the veterans.",
        "insult",
        Modality.HYPOTHETICAL,
        "would",
    ),
    (
        "The agency should not share information with Ukraine.",
        "share",
        Modality.HYPOTHETICAL,
        "should",
    ),
    ("The premier did not need to visit the border town.", "visit", Modality.HYPOTHETICAL, "need"),
    (  # a duty denied is an opinion about the act, not its negation
        "The envoy does not have to apologize to the ministry.",
        "apologize",
        Modality.HYPOTHETICAL,
        "have",
    ),
    ("The envoy did not want to meet the rebels.", "meet", Modality.NEGATED, "not"),
    ("The senator pushed for the governor to resign.", "resign", Modality.HYPOTHETICAL, "for"),
    (  # a first-person hope that they end them is an appeal to them (the lawsuits its object)
        "The senator hopes the governors will end their lawsuits against Texas.",
        "lawsuits",
        Modality.HYPOTHETICAL,
        "hopes",
    ),
]


@pytest.fixture(scope="module")
def modality_results() -> list[ArticleResult]:
    with pytest.MonkeyPatch.context() as patch:  # hypothetical acts are only in `--all`
        patch.setenv(ALL_EVENTS_SETTING, "1")
        return run_texts(*(case[0] for case in MODALITY_CASES))


@pytest.mark.parametrize("index", range(len(MODALITY_CASES)))
def test_modality_and_its_cue(modality_results: list[ArticleResult], index: int) -> None:
    _, trigger, modality, cue = MODALITY_CASES[index]
    (event,) = [e for e in modality_results[index].events if trigger in e.trigger.text]
    assert event.modality == modality
    if cue is not None:
        assert event.modality_cue is not None and event.modality_cue.text == cue
    else:
        assert event.modality == Modality.OCCURRED or event.modality_cue is not None
