"""True events that eventwire found and then dropped: acts told in a clause beside a
main-clause word that is itself no event an analyst counts, and charges told as possible."""

from __future__ import annotations

import pytest

from .conftest import event_types, run_texts


@pytest.mark.parametrize(
    "text,type_",
    [
        # "fired back" with no one named is a retort (no event); the participles tell the
        # criticism
        (
            "Dole fired back in May, attacking Gore for his record and his tactics and "
            "generally impugning Gore's character.",
            "ACCUSE",
        ),
    ],
)
def test_act_beside_an_uncounted_main_word_is_kept(text: str, type_: str) -> None:
    assert type_ in event_types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said Smith could be charged under the new fraud law.",
        "If Smith were indicted on murder charges, he could face life in prison.",
    ],
)
def test_a_charge_a_named_person_may_face_is_kept_as_hypothetical(text: str) -> None:
    (result,) = run_texts(text)
    assert [(e.type, e.modality) for e in result.events] == [("ACCUSE", "hypothetical")]


def test_other_acts_told_as_possible_stay_out() -> None:
    (result,) = run_texts("Critics say the senator could attack the governor's record.")
    assert result.events == []


@pytest.mark.parametrize(
    "text,habitual",
    [
        # a frequency inside a clause describing the object tells how often they did, not he
        ("Senator Dole condemned the officials who ignore veterans every day.", False),
        ("Senator Dole condemns the officials every day.", True),
        ("Senator Dole condemns the officials every 72 hours.", True),
        # "every" over no turn of time says how far the act reaches, not how often
        ("The committee will investigate every aspect of the governor's campaign.", False),
    ],
)
def test_only_the_verbs_own_words_make_it_habitual(text: str, habitual: bool) -> None:
    assert ("ACCUSE" not in event_types(text)) is habitual
