"""One small coded article and its events, shared by the tests of the eval scripts that label
eventwire's events against whole-article gold (`eval.calibrate`, `eval.learned_cut`)."""

from eventwire.model import Event, Evidence, Modality
from tests.records import span

TEXT = "Ruritania shelled Borduria at dawn. Suspects in the shelling fled, and talks collapsed."
FIRST, SECOND = TEXT.split(" Suspects")
SECOND = "Suspects" + SECOND
GOLD = {
    "id": "a1",
    "text": TEXT,
    "actors": [],
    "events": [
        {"sentence": FIRST, "trigger": "shelled", "type": "ASSAULT"},
        {"sentence": SECOND, "trigger": "talks", "type": "CONSULT"},
    ],
}


def at(word: str) -> Evidence:
    return span(TEXT, word)


def scored_event(trigger: str, type_: str, confidence: float, *features: str) -> Event:
    """An occurred event on the first occurrence of `trigger`, in the sentence that holds it."""
    return Event(
        id=trigger,
        type=type_,
        modality=Modality.OCCURRED,
        trigger=at(trigger),
        sentence=at(FIRST if trigger in FIRST else SECOND),
        confidence=confidence,
        confidence_features=list(features),
    )
