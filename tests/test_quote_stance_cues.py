"""Speech-act and stance verbs as attribution cues: a verb that rebukes, hails, disputes or
apologizes reports its subject's view of its object or clause (a lone name too: "praised
Orban"), and a reply verb whose particle the parse takes for an adverb ("fired back, “…”")
still introduces the quote after it."""

from __future__ import annotations

import pytest

from tests.conftest import contents_and_speakers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Senator Ilse Brandt rebuked the ministry for its slow response to the floods.",
            [("the ministry for its slow response to the floods", "Ilse Brandt")],
            id="rebuke-object",
        ),
        pytest.param(
            "Fishermen in Bergen hailed the new quota as “a lifeline for the coast.”",
            [("a lifeline for the coast.", "Fishermen")],
            id="hail-object-with-quoted-phrase",
        ),
        pytest.param(
            "Board chairman Diego Soto disputed claims that the mine had leaked acid.",
            [("claims that the mine had leaked acid", "Diego Soto")],
            id="dispute-object",
        ),
        pytest.param(
            "Mayor Tiago Ramos apologized for the delays on the northern line.",
            [("the delays on the northern line", "Tiago Ramos")],
            id="apologize-for",
        ),
        pytest.param(
            "The foreign minister reaffirmed that Peru would sign the treaty in March.",
            [("that Peru would sign the treaty in March", "foreign minister")],
            id="reaffirm-clause",
        ),
        pytest.param(
            "The Dutch businessman has praised Orban, saying he is a stronger leader than Rutte.",
            [("Orban", "Dutch businessman"), ("he is a stronger leader than Rutte", "Dutch")],
            id="stance-on-a-named-party",
        ),
        pytest.param(
            "The governor fired back, “Nobody asked the farmers.”",
            [("Nobody asked the farmers.", "The governor")],
            id="particle-read-as-adverb",
        ),
        pytest.param(
            "Mayor Anouk Visser is thanking volunteers for clearing the flooded streets.",
            [("volunteers for clearing the flooded streets", "Anouk Visser")],
            id="thank-object",
        ),
        pytest.param(
            "Union leaders have balked at the proposal to close two depots.",
            [("the proposal to close two depots", "Union leaders")],
            id="balk-at-object",
        ),
        pytest.param(
            "The audit documented repeated delays in paying rural clinics.",
            [("repeated delays in paying rural clinics", "The audit")],
            id="document-object",
        ),
        pytest.param(
            "In her speech, Okafor referenced the 1994 accord on river rights.",
            [("the 1994 accord on river rights", "Okafor")],
            id="reference-object",
        ),
    ],
)
def test_stance_verbs_attribute(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(content, speaker or "") for content, speaker in contents_and_speakers(text)]
    for content, speaker in expected:
        assert any(c == content and speaker in s for c, s in found), found


def test_a_reply_after_a_clause_goes_to_the_one_who_replies() -> None:
    text = (
        "After the mayor of Lyon criticized the plan, Amelie Roux shot back, "
        "“We will not wait for Paris.”"
    )
    found = dict(contents_and_speakers(text))
    assert found["We will not wait for Paris."] == "Amelie Roux"
