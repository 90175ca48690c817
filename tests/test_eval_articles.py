"""The whole-article scorer's matching rules, on a hand-written article and output."""

from eval.article_match import metrics, score_actors, score_article, score_events, score_places

from eventwire.model import (
    Actor,
    ActorType,
    ArticleResult,
    Code,
    Event,
    Evidence,
    Mention,
    MentionKind,
    Modality,
    Participant,
    Place,
)
from tests.records import span

TEXT = (
    "Ruritania's army shelled Borduria on Monday. "
    "Ruritania will not hold talks with Borduria, its minister Anna Berg said in Strelsau."
)
FIRST, SECOND = TEXT.split(". ")
GOLD = {
    "id": "a1",
    "text": TEXT,
    "actors": [
        {"name": "Ruritania", "aliases": [], "country": "RUR", "sector": None},
        {"name": "Borduria", "aliases": [], "country": "BOR", "sector": None},
        {"name": "Anna Berg", "aliases": ["Berg"], "country": "RUR", "sector": "GOV"},
    ],
    "events": [
        {
            "sentence": FIRST + ".",
            "trigger": "shelled",
            "type": "ASSAULT",
            "source": ["Ruritania"],
            "target": ["Borduria"],
            "modality": "occurred",
        },
        {
            "sentence": SECOND,
            "trigger": "hold talks",
            "type": "REJECT",
            "source": ["Ruritania"],
            "target": ["Borduria"],
            "modality": "negated",
        },
    ],
    "places": [{"text": "Strelsau", "country": "RUR", "lat": 50.0, "lon": 14.0}],
}


def at(word: str) -> Evidence:
    return span(TEXT, word)


def party(name: str, country: str | None) -> Participant:
    return Participant(name=name, country=country, mention=at(name))


def event(trigger: str, type_: str, modality: Modality, source: str, target: str) -> Event:
    sentence = FIRST if trigger in FIRST else SECOND
    return Event(
        id=trigger,
        type=type_,
        modality=modality,
        trigger=at(trigger),
        sentence=at(sentence),
        actors=[party(source, source.upper()[:3])],
        recipients=[party(target, target.upper()[:3])],
    )


def test_folded_type_matches_and_wrong_type_is_false():
    """A negated CONSULT is PLOVER's REJECT; a CONSULT that is not negated is a false event."""
    refused = event("talks", "CONSULT", Modality.NEGATED, "Ruritania", "Borduria")
    held = event("talks", "CONSULT", Modality.OCCURRED, "Ruritania", "Borduria")
    tally, misses = score_events(GOLD, ArticleResult(id="a1", events=[refused, held]))
    assert metrics(tally)["event precision"] == 0.5
    assert metrics(tally)["event recall"] == 0.5
    assert [m.kind for m in misses] == ["false event", "missed event"]
    assert "shelled" in misses[1].detail


def test_dyad_needs_both_country_sets():
    """The shelling is matched but its target country is wrong: precision holds, dyad fails."""
    shelling = event("shelled", "ASSAULT", Modality.OCCURRED, "Ruritania", "Strelsau")
    tally, misses = score_events(GOLD, ArticleResult(id="a1", events=[shelling]))
    found = metrics(tally)
    assert (found["event precision"], found["dyad precision"]) == (1.0, 0.0)
    assert misses[0].kind == "dyad miss"
    assert "predicted Ruritania → Strelsau" in misses[0].detail


def test_actor_found_by_alias_mention_needs_both_codes():
    berg = Actor(
        id="x",
        name="Anna Berg of Ruritania",
        type=ActorType.PERSON,
        country=Code(value="RUR"),
        sector=Code(value="GOV"),
    )
    ruritania = Actor(id="r", name="Ruritania", type=ActorType.COUNTRY, country=Code(value="BOR"))
    mention = Mention(id="m", actor_id="x", kind=MentionKind.SURNAME, evidence=at("Berg"))
    result = ArticleResult(id="a1", actors=[berg, ruritania], mentions=[mention])
    tally, misses = score_actors(GOLD, result)
    assert tally["right_actors"] == 1
    assert sorted(m.reason for m in misses) == ["not found", "wrong country"]


def test_place_right_needs_country_and_161_km_and_counts_spurious():
    near = Place(
        id="p", evidence=at("Strelsau"), name="Strelsau", country="RUR", lat=51.0, lon=14.0
    )
    far = near.model_copy(update={"id": "q", "lat": 52.0})
    spurious = Place(id="s", evidence=at("Monday"), name="Monday", country="XXX")
    tally, _ = score_places(GOLD, ArticleResult(id="a1", places=[near, spurious]))
    assert metrics(tally)["place accuracy"] == 1.0
    assert metrics(tally)["place precision"] == 0.5
    tally, misses = score_places(GOLD, ArticleResult(id="a1", places=[far]))
    assert metrics(tally)["place accuracy"] == 0.0
    assert misses[0].reason == "far"


def test_empty_output_scores_zero_without_crashing():
    tally, misses = score_article(GOLD, ArticleResult(id="a1"))
    assert metrics(tally)["event precision"] is None
    assert metrics(tally)["actor code accuracy"] == 0.0
    assert len(misses) == 2 + 3 + 1
