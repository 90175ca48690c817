"""A headline packs two acts: "X does A after B", "X does A as B spread", "X does A, does C".
The second act is news the story reports, coded too; in running text, or before what is still
ahead, the noun stays the main act's background."""

from __future__ import annotations

from tests.conftest import run_texts

BODY = "\n\nHARARE, June 4 (Reuters) - Officials gave no further details on Tuesday.\n"


def _headline_acts(text: str) -> list[tuple[str, str]]:
    (result,) = run_texts(text)
    first = text.split("\n")[0]
    return [(e.type, e.trigger.text) for e in result.events if e.sentence.text.strip() == first]


def test_an_event_noun_after_after_in_a_headline_is_an_act_of_its_own() -> None:
    acts = _headline_acts("Zambia recalls envoy after embassy attack" + BODY)
    assert ("ASSAULT", "attack") in acts
    assert any(t == "recalls" for _, t in acts)


def test_the_subject_of_an_as_clause_in_a_headline_is_an_act_of_its_own() -> None:
    acts = _headline_acts("Malawi bans rallies as opposition protests spread" + BODY)
    assert ("PROTEST", "protests") in acts


def test_a_headline_clause_before_a_comma_is_not_the_next_verbs_content() -> None:
    acts = _headline_acts("SADC suspends Lesotho, urges army to return to barracks" + BODY)
    assert ("SANCTION", "suspends") in acts
    assert ("REQUEST", "urges") in acts


def test_what_is_still_ahead_stays_background() -> None:
    acts = _headline_acts("Namibia opposition leader calls for calm before talks" + BODY)
    assert "talks" not in [t for _, t in acts]


def test_running_text_keeps_the_background_convention() -> None:
    (result,) = run_texts(
        "Officials give details\n\nGABORONE, June 4 (Reuters) - Botswana closed its border on "
        "Monday after clashes near the river, officials said.\n"
    )
    assert "clashes" not in [e.trigger.text for e in result.events]


def test_a_lead_sentence_on_the_first_line_is_no_headline() -> None:
    (result,) = run_texts(
        "Angola closed its border with Congo on Monday after clashes near the river.\n\n"
        "Officials gave no further details.\n"
    )
    assert "clashes" not in [e.trigger.text for e in result.events]
