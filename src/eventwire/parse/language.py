"""Language identification, so non-English text is recorded as such instead of mis-coded."""

from __future__ import annotations

from langdetect import DetectorFactory, LangDetectException, detect_langs

DetectorFactory.seed = 0  # langdetect is random by default; results must be reproducible.

SAMPLE_CHARS = 2000


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters to judge."""
    try:
        guesses = detect_langs(text[:SAMPLE_CHARS])
    except LangDetectException:
        return None
    return guesses[0].lang if guesses else None
