"""A reply that names no party is aimed at whoever just pressed its speaker (also one a
participle of pressing names: "Pressed by X, Y demurred"), or at the target of the act it is
conjoined to; an act done "also" is aimed where the one before it was."""

from __future__ import annotations

from tests.conftest import event_dyads


def _targets(text: str, kind: str) -> list[str | None]:
    return next(targets for type_, _, targets in event_dyads(text) if type_ == kind)


def test_a_denial_after_an_accusation_is_aimed_at_the_accuser() -> None:
    text = "Armenia accused Azerbaijan of shelling its villages. Azerbaijan denied any involvement."
    assert _targets(text, "REJECT") == ["ARM"]


def test_a_refusal_after_a_demand_is_aimed_at_the_one_who_asked() -> None:
    text = "Namibia asked Botswana to return the cattle. Botswana refused."
    assert _targets(text, "REJECT") == ["NAM"]


def test_a_warning_after_an_accusation_is_aimed_at_the_accuser() -> None:
    text = "Eritrea accused Djibouti of arming rebels. Djibouti warned that it would retaliate."
    assert _targets(text, "THREATEN") == ["ERI"]


def test_a_denial_no_one_asked_for_stays_without_target() -> None:
    text = "Niger accused Benin of closing the border. Togo denied any involvement."
    assert _targets(text, "REJECT") == []


def test_a_refusal_conjoined_to_a_meeting_is_aimed_at_those_met() -> None:
    text = "The Finnish prime minister met farm leaders but refused to lower the fuel tax."
    assert _targets(text, "REJECT") == ["FIN"]


def test_an_act_done_also_is_aimed_where_the_one_before_was() -> None:
    text = "Japan sent tents to Fiji after the cyclone. Australia and New Zealand also sent aid."
    assert [t for k, _, t in event_dyads(text) if k == "AID"][-1] == ["FJI"]


def test_a_denial_clearing_someone_answers_whoever_accused_them() -> None:
    text = (
        "Kenya accused the charity Oxfam of smuggling weapons into Somalia. "
        "The United Nations denied that Oxfam had done anything improper."
    )
    assert _targets(text, "REJECT") == ["KEN"]


def test_a_reply_to_a_named_presser_is_aimed_at_the_presser() -> None:
    text = "Pushed by Peruvian envoys on the border dispute, the Chilean minister demurred."
    assert _targets(text, "REJECT") == ["PER"]


def test_a_reply_to_pressers_named_in_two_by_phrases_is_aimed_at_both() -> None:
    text = (
        "Pressed by Argentine envoys and by Uruguayan farmers, the Chilean minister refused "
        "to lower the tariff."
    )
    assert _targets(text, "REJECT") == ["ARG", "URY"]


def test_a_reply_to_an_unnamed_question_stays_without_target() -> None:
    text = "Asked about the border dispute, the Chilean minister demurred."
    assert _targets(text, "REJECT") == []


def test_a_reply_to_a_question_about_others_is_not_aimed_at_them() -> None:
    text = "Asked whether Chile had insulted Bolivia, the Peruvian minister demurred."
    assert _targets(text, "REJECT") == []
    text = "Asked by Bolivian envoys whether Chile had lied, the Peruvian minister demurred."
    assert _targets(text, "REJECT") == ["BOL"]
