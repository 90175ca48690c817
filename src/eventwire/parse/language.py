"""Language identification, so non-English text is recorded as such instead of mis-coded.

Most input is English news, and for it a count of English function words decides at once: the
statistical detector (langdetect) costs about a second to load its profiles and misreads short
English texts full of place names ("Fires burned in Kenya and Tanzania." as Swahili). It runs
only when the function words do not settle the question; on a short text it guesses, and a
headline made of English news words the lexicons list is taken as English whatever it says.
"""

from __future__ import annotations

import re
from functools import cache

from eventwire.codes import country_of, role_lexicon
from eventwire.known_names import known_surnames
from eventwire.lexicons import calendar_names, read_table, trigger_phrases

SAMPLE_CHARS = 2000
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ENGLISH_SHARE = 0.12
"""Share of English function words from which a text is English (English news runs at
0.35-0.5; other languages in Latin script stay under 0.05; a one-sentence wire item full of
names, "Bolivian farmers began a hunger strike outside Congress", at about 0.12)."""
MIN_MARKERS = 1
SHORT_WORDS = 20
"""Under this many words the statistical detector is a guess: a text it finds possibly
English is taken as English (most input is English news)."""
NEWS_WORD_SHARE = 1 / 3
"""A short text ("Rebels seize Goma", read as German) is English when a third of its words
are English news words the project's lexicons list (trigger verbs and nouns, groups)."""
NAMED_SHARE = 0.3
MIN_NAMED_CUES = 3
"""A short wire item made of names ("Dutch Prime Minister Mark Rutte met Belgian Prime Minister
Alexander De Croo in Brussels.", read as German) is English when three or more of its words,
and 0.3 of them, are English forms of what such items name: titles, demonyms and country names,
days and months ("Präsident", "brasilianische", "Montag" are not), and known people's
surnames ("Trump calls Cruz a liar.", read as Catalan)."""
INFLECTIONS = ("", "s", "es", "ed", "d", "ing")


@cache
def _markers() -> frozenset[str]:
    return frozenset(row[0] for row in read_table("english_markers.tsv"))


def _looks_english(sample: str) -> bool:
    words = [word.lower() for word in WORD.findall(sample)]
    hits = sum(word in _markers() for word in words)
    return hits >= MIN_MARKERS and hits >= ENGLISH_SHARE * len(words)


@cache
def _news_words() -> frozenset[str]:
    """Single-word trigger lemmas and group nouns: English content words of news that
    headlines are made of when they have no function words."""
    triggers = (words[0] for _, words in trigger_phrases() if len(words) == 1)
    groups = (row[0] for row in read_table("groups.tsv"))
    return frozenset(w.lower() for w in (*triggers, *groups) if w.isalpha() and len(w) > 3)


def _news_word(word: str) -> bool:
    """The word or its stem without a regular English ending is a listed news word (a plain
    suffix strip: the lemmatizer would need the parse this check runs before)."""
    return any(
        word.endswith(ending) and word[: len(word) - len(ending)] in _news_words()
        for ending in INFLECTIONS
    )


def _english_headline(sample: str) -> bool:
    words = [word.lower() for word in WORD.findall(sample)]
    return sum(map(_news_word, words)) >= NEWS_WORD_SHARE * len(words) > 0


@cache
def _title_words() -> frozenset[str]:
    """The words of the titles `roles.tsv` lists ("prime", "minister", "president")."""
    return frozenset(w.lower() for phrase in role_lexicon() for w in phrase)


CALENDAR_WORDS = frozenset(n.lower() for n, _ in calendar_names("month", "weekday"))


def _english_named_item(sample: str) -> bool:
    """A short item whose names are written the English way (see NAMED_SHARE)."""
    words = WORD.findall(sample)
    cues = sum(map(_english_cue, words))
    return cues >= MIN_NAMED_CUES and cues >= NAMED_SHARE * len(words)


def _english_cue(word: str) -> bool:
    lower = word.lower()
    named = word[:1].isupper() and (country_of(word) is not None or word in known_surnames())
    return named or lower in _title_words() or lower in CALENDAR_WORDS or _news_word(lower)


def _statistical_guess(sample: str) -> str | None:
    from langdetect import DetectorFactory, LangDetectException, detect_langs

    DetectorFactory.seed = 0  # langdetect is random by default; results must be reproducible.
    try:
        guesses = detect_langs(sample)
    except LangDetectException:
        return None
    short = len(WORD.findall(sample)) < SHORT_WORDS
    english = any(g.lang == "en" for g in guesses)
    if short and (english or _english_headline(sample) or _english_named_item(sample)):
        return "en"  # "Sudanese troops killed three men." is af 0.57, en 0.43: input is news
    return guesses[0].lang if guesses else None


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when it has no letters to judge."""
    sample = text[:SAMPLE_CHARS]
    if _looks_english(sample):
        return "en"
    return _statistical_guess(sample)
