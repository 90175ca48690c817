"""Who speaks when the reporting verb's clause is read through the parse: the subject of a
participle above a purpose infinitive ("…, using a curse to describe X"), a subject's list of
names after its verb (no apposition), a that-clause the parse stranded on a noun between the
verb and it ("told reporters during a visit to Quito on Friday that …"), and a cue that
reports two quoted pieces of one sentence."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“They ruined the town,” the farmer yelled, using a curse to describe the mining "
            "company.",
            [("They ruined the town,", "the farmer"), ("the mining company", "the farmer")],
            id="participle-purpose-infinitive-subject-speaks",
        ),
        pytest.param(
            "Using a rude phrase to describe the Danes as greedy, the minister said perhaps "
            "they ''wanted all the fish.''",
            [("the Danes as greedy", "the minister"), ("wanted all the fish.", "the minister")],
            id="fronted-participle-purpose-infinitive",
        ),
        pytest.param(
            "At least three Danish MPs say they oppose the fishing quota: Mette Berg, Lars Holm "
            "and Jens Dahl.",
            [("they oppose the fishing quota", "At least three Danish MPs")],
            id="names-listed-after-the-verb-are-no-apposition",
        ),
        pytest.param(
            "Silva told reporters during a visit to Quito on Friday that the accord was a great "
            "step for the region.",
            [("that the accord was a great step for the region", "Silva")],
            id="that-clause-stranded-on-a-noun",
        ),
        pytest.param(
            "Silva has hailed the Senate's vote to ratify the treaty as “historic,” telling "
            "reporters during a visit to Quito on Friday that she thinks the accord is “a great "
            "thing.”",
            [("historic,", "Silva"), ("a great thing.", "Silva")],
            id="taken-cue-still-reports-its-complement",
        ),
        pytest.param(
            "Asked about her own vote in the event that Lula faces the incumbent Bolsonaro, who "
            "has insulted women and teachers, Duarte said she would abstain.",
            [("she would abstain", "Duarte")],
            id="a-noun-s-own-that-clause-stays-with-it",
        ),
    ],
)
def test_speaker_read_through_the_clause(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents_and_speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Back then, Ms. Varga said, she found the mayor ''very quiet and very polite,'' and "
            "also enviable.",
            [("very quiet and very polite,", "Varga")],
            id="set-off-cue-over-the-verb-it-hangs-on",
        ),
        pytest.param(
            'Prime Minister Rutte, Jansen said, had been in office for "a hundred years" and '
            'passed "dozens of laws."',
            [("a hundred years", "Jansen"), ("dozens of laws.", "Jansen")],
            id="set-off-cue-reports-every-quote-of-its-sentence",
        ),
        pytest.param(
            "The root of it, farmers and traders say, is simple: the cost of fuel.",
            [("The root of it, farmers and traders say, is simple: the cost of fuel", "traders")],
            id="set-off-coordinated-speakers",
        ),
        pytest.param(
            "Anna, as she was known, ''was never at home in the firm,'' Mr. Berg said.",
            [("was never at home in the firm,", "Berg")],
            id="an-as-clause-of-naming-reports-nothing",
        ),
    ],
)
def test_cue_set_into_the_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert contents_and_speakers(text) == expected
