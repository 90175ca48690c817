"""The README's coding conventions eventwire already follows, kept from the readme39 audit with
made-up sentences: an act only the object of another is not coded again, condolences are no
event, denials REJECT, invitations AGREE, signing SUPPORT, handing over suspects COOPERATE,
"vowed to bring them to justice" THREATEN, and "X said Y did Z" codes Y's act as claimed."""

from __future__ import annotations

from tests.conftest import run_texts


def _typed(*texts: str) -> list[list[tuple[str, str]]]:
    """(type, modality) of each text's events, one list per text."""
    return [[(e.type, e.modality.value) for e in r.events] for r in run_texts(*texts)]


def test_an_act_only_condemned_is_not_coded_again_nor_are_condolences() -> None:
    condemned, condolences, sympathy = _typed(
        "Germany condemned the bombing of the embassy in Nairobi.",
        "The Japanese prime minister sent condolences to the families of the victims.",
        "Brazil expressed sympathy for the people of Chile after the earthquake.",
    )
    assert condemned == [("ACCUSE", "occurred")]
    assert condolences == sympathy == []


def test_the_readme_acts_take_the_readme_types() -> None:
    denied, invited, ratified, handed, vowed = _typed(
        "Russia denied that its troops had crossed the border into Ukraine.",
        "France invited Iran's foreign minister to Paris for talks.",
        "Poland ratified the treaty on Tuesday.",
        "Pakistan handed over two suspects to the United States.",
        "The president vowed to bring the killers to justice.",
    )
    assert [t for t, _ in denied] == ["REJECT"]
    assert [t for t, _ in invited] == ["AGREE"]
    assert [t for t, _ in ratified] == ["SUPPORT"]
    assert [t for t, _ in handed] == ["COOPERATE"]
    assert [t for t, _ in vowed] == ["THREATEN"]


def test_x_said_y_did_z_codes_only_ys_act_as_claimed() -> None:
    said, blamed = run_texts(
        "Turkish officials said Kurdish rebels ambushed a military convoy.",
        "Israel blamed Hamas for the rocket attack on Sderot.",
    )
    assert [(e.type, e.modality.value) for e in said.events] == [("ASSAULT", "claimed")]
    assert [p.sector for p in said.events[0].actors] == ["REB"]
    assert [e.type for e in blamed.events] == ["ACCUSE"]  # explicit blame


def test_modality_follows_the_readme() -> None:
    planned, negated, hypothetical = _typed(
        "The German chancellor will meet the French president on Friday.",
        "The Saudi king did not meet the Iranian foreign minister.",
        "The European Union could impose sanctions on Belarus if the crackdown continues.",
    )
    assert planned == [("CONSULT", "planned")]
    assert negated == [("CONSULT", "negated")]
    assert [m for _, m in hypothetical] == ["hypothetical"]
