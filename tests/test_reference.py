"""The reference article end to end, checked field by field against an expected-output file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.model import ArticleResult
from tests.conftest import evidences

EXPECTED = json.loads(
    (Path(__file__).parent / "expected" / "tass-belarus-drills.json").read_text("utf-8")
)


def test_every_evidence_covers_its_text(reference: ArticleResult) -> None:
    text = reference.article.text
    found = evidences(reference)
    assert len(found) > 50
    for evidence in found:
        assert text[evidence.start : evidence.end] == evidence.text


@pytest.mark.parametrize("field", ["section", "headline", "subhead", "agency", "dateline_place"])
def test_metadata_field(reference: ArticleResult, field: str) -> None:
    attribute = getattr(reference.article, field)
    assert attribute.value == EXPECTED["article"][field]
    assert attribute.evidence is not None


def test_publication_date_with_inferred_year(reference: ArticleResult) -> None:
    expected = EXPECTED["article"]["date"]
    assert reference.article.date.value == expected["value"]
    assert reference.article.date.method == expected["method"]
    assert reference.article.date.evidence.text == expected["evidence"]
    assert reference.article.language == EXPECTED["article"]["language"]


@pytest.mark.parametrize("expected", EXPECTED["actors"], ids=lambda a: a["name"])
def test_actor_coded(reference: ArticleResult, expected: dict[str, str]) -> None:
    matches = [a for a in reference.actors if a.name == expected["name"]]
    assert len(matches) == 1, f"{expected['name']} should be one actor"
    actor = matches[0]
    assert actor.type.value == expected["type"]
    for field in ("country", "sector", "role"):
        code = getattr(actor, field)
        assert (code.value if code else None) == expected.get(field), field


@pytest.mark.parametrize("expected", EXPECTED["mentions"], ids=lambda m: m["text"])
def test_mentions_resolved(reference: ArticleResult, expected: dict) -> None:
    names = {a.id: a.name for a in reference.actors}
    linked = [
        m
        for m in reference.mentions
        if m.evidence.text == expected["text"] and m.kind.value == expected["kind"]
    ]
    to_actor = [m for m in linked if names[m.actor_id] == expected["actor"]]
    assert len(to_actor) >= expected["count"]


def test_actor_mentions_point_back(reference: ArticleResult) -> None:
    by_id = {m.id: m for m in reference.mentions}
    for actor in reference.actors:
        assert actor.mention_ids
        assert all(by_id[i].actor_id == actor.id for i in actor.mention_ids)
