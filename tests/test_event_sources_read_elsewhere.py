"""Sources the parse places away from the trigger's own subject: a received act's giver hung on
its reason ("drew criticism for the decision from X"), the issuer of a document a relative
clause tells the act of ("aired an ad that attacked X"), the speaker of a passive report ("X
was quoted as saying", not whoever quoted X), and an act noun's "by" object however the parse
labels it ("calls by X for ...")."""

from __future__ import annotations

from .conftest import run_texts


def _sides(text: str) -> list[tuple[str, list[str], list[str]]]:
    """Type, doers' and targets' words of each event in one text."""
    (result,) = run_texts(text)
    return [
        (e.type, [p.mention.text for p in e.actors], [p.mention.text for p in e.recipients])
        for e in result.events
    ]


def test_a_giver_hung_on_the_reason_gives_the_received_act() -> None:
    sides = _sides("The Interior Ministry drew criticism for the decision from Senator Jo Ward.")
    assert ("ACCUSE", ["Jo Ward"], ["Interior Ministry"]) in sides


def test_a_place_the_reason_starts_from_gives_nothing() -> None:
    sides = _sides("Boeing drew praise for its move from Seattle to Chicago.")
    assert all(not doers for _, doers, _ in sides)


def test_where_a_departure_starts_from_gives_nothing() -> None:
    sides = _sides("Governor Lena Ortiz faced criticism for her defection from the Labour Party.")
    assert all("Labour Party" not in " ".join(doers) for _, doers, _ in sides)
    sides = _sides("Mayor Tom Reyes drew criticism for his exit from the city council.")
    assert all("city council" not in " ".join(doers) for _, doers, _ in sides)


def test_a_step_judged_names_its_judge_after_from() -> None:
    sides = _sides("The airline faced criticism for the move from Senator Ana Ruiz.")
    assert ["Ana Ruiz"] in [doers for type_, doers, _ in sides if type_ == "ACCUSE"]


def test_the_reason_s_own_doer_gives_nothing() -> None:
    sides = _sides("Boeing faced criticism for the decision by its board.")
    assert all("its board" not in doers for _, doers, _ in sides)


def test_a_document_s_relative_clause_acts_for_its_issuer() -> None:
    sides = _sides(
        "The Democratic National Committee aired an ad that attacked Senator Mitch Doyle."
    )
    assert ("ACCUSE", ["Democratic National Committee"], ["Mitch Doyle"]) in sides


def test_an_ad_campaign_acts_for_whoever_launched_it() -> None:
    text = (
        "The Democratic National Committee launched a TV and radio ad campaign that attacked "
        "Senator Mitch Doyle."
    )
    assert ("ACCUSE", ["Democratic National Committee"], ["Mitch Doyle"]) in _sides(text)


def test_who_receives_a_document_does_not_act_through_it() -> None:
    sides = _sides("Senator Mitch Doyle received a letter that attacked Governor Ann Cole.")
    assert all("Mitch Doyle" not in doers for _, doers, _ in sides)


def test_who_is_quoted_as_saying_is_the_speaker_not_the_quoting_outlet() -> None:
    text = (
        '"Poland must withdraw its troops from the border," Russian Foreign Minister Sergei '
        "Lavrov was quoted as saying by the Interfax news agency."
    )
    (event,) = [s for s in _sides(text) if s[0] == "REQUEST"]
    assert event[1] == ["Sergei Lavrov"]


def test_a_passive_report_with_no_saying_keeps_its_agent() -> None:
    sides = _sides("Russian Foreign Minister Sergei Lavrov was arrested by Polish police.")
    assert ("COERCE", ["Polish police"], ["Sergei Lavrov"]) in sides


def test_a_by_phrase_the_parse_labels_an_agent_names_the_act_noun_s_doer() -> None:
    sides = _sides("Calls by Senate Democrats for the resignation of Governor Ann Cole grew.")
    assert ("REQUEST", ["Senate Democrats"], ["Ann Cole"]) in sides


def test_a_party_s_paper_speaks_for_the_party() -> None:
    platform, memo, unowned = run_texts(
        "The Republican platform condemns the new trade pact with Vietnam.",
        "A Democratic memo warned Republicans about the vote on Tuesday.",
        "The new platform criticizes the trade pact.",
    )
    assert [p.name for p in platform.events[0].actors] == ["Republican Party"]
    assert [p.name for p in memo.events[0].actors] == ["Democratic Party"]
    assert all(not e.actors for e in unowned.events)
