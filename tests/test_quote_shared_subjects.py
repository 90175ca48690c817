"""Speakers of reporting verbs without a subject of their own: a verb joined to a passive
speaks for the passive's subject (not the agent after "by"), a participle set off after an
"after"/"because" clause for the main clause's subject, and a verb in a list of acts
("…, mocked X, and …") for the list's subject, not its object read as an inverted "said X";
crowds chant their words."""

from __future__ import annotations

import pytest

from tests.conftest import run_texts


def speaker_of(text: str, content: str) -> str | None:
    (result,) = run_texts(text)
    (quote,) = [q for q in result.quotes if content in q.content.text]
    return quote.speaker.mention.text if quote.speaker.mention else None


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        pytest.param(
            "As the audience began to boo, Martinez was joined on stage by Governor Alan Reed "
            "and joked, “You folks are tough tonight.”",
            "You folks are tough tonight",
            "Martinez",
            id="conjoined-verb-shares-the-passive-subject-not-the-agent",
        ),
        pytest.param(
            "“The senator earned it,” Petersen said on his radio show after the two-term senator "
            "easily won the runoff, remarking that voters “want a fighter in Ottawa.”",
            "want a fighter in Ottawa",
            "Petersen",
            id="participle-after-an-after-clause-speaks-for-the-main-subject",
        ),
        pytest.param(
            "Okafor spoke to reporters because the party had lost the seat, warning that the "
            "defeat “should wake us all up.”",
            "should wake us all up",
            "Okafor",
            id="participle-after-a-because-clause-speaks-for-the-main-subject",
        ),
        pytest.param(
            "Mendez complained about the slow pace of the talks but defended Ana Ruiz as a "
            "capable negotiator, mocked the Liberal Party and its leading candidates, and made it "
            "clear that the ministry is not planning to replace the envoy.",
            "the Liberal Party and its leading candidates",
            "Mendez",
            id="verb-in-a-list-of-acts-is-no-inverted-said-x",
        ),
        pytest.param(
            "“Stop the pipeline now!” some farmers chanted on Monday as they marched.",
            "Stop the pipeline now",
            "some farmers",
            id="chanted-after-the-quote",
        ),
        pytest.param(
            "As Kowalski criticized the governor, the delegates chanted, “Send him home!” before "
            "the vote.",
            "Send him home",
            "the delegates",
            id="chanted-not-the-subject-of-the-as-clause",
        ),
    ],
)
def test_subjectless_cue_speaker(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
