"""Data files the coders read (tab-separated, written for eventwire) and their loaders.

`read_table` reads any lexicon file, `word_set` one named list of `word_lists.tsv`, and
`PhraseLookup` is the one longest-match lookup of multi-word phrases that every lexicon uses.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Generic, TypeVar

# A folder of the user's own CAMEO/PETRARCH dictionaries, laid over eventwire's known actors.
DICTIONARIES_SETTING = "EVENTWIRE_DICTIONARIES"
T = TypeVar("T")
V = TypeVar("V")


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a lexicon file, skipping comments and blank lines."""
    with resources.files(__package__).joinpath(name).open(encoding="utf-8") as handle:
        rows = csv.reader(
            (line for line in handle if line.strip() and not line.startswith("#")),
            delimiter="\t",
        )
        return tuple(tuple(cell.strip() for cell in row) for row in rows)


@cache
def trigger_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each row of `event_triggers.tsv` as its kind ("V", "N") and its phrase's words (the part
    before any ">" argument): parsed once for the stages that read the triggers' words only."""
    rows = read_table("event_triggers.tsv")
    return tuple((row[0], tuple(row[1].split(">")[0].split())) for row in rows)


@cache
def trigger_verbs() -> frozenset[str]:
    """The verb lemmas the event-trigger lexicon opens its verb rows with."""
    return frozenset(words[0] for kind, words in trigger_phrases() if kind == "V")


@cache
def word_map(name: str) -> dict[str, str]:
    """One named list of `word_lists.tsv` as word → value (the value may be empty)."""
    rows = read_table("word_lists.tsv")
    return {
        written: (row[2] if len(row) > 2 else "")
        for row in rows
        if row[0] == name
        for written in both_apostrophes(row[1])
    }


@cache
def word_set(name: str) -> frozenset[str]:
    """One named list of `word_lists.tsv` (closed-class words the rules read)."""
    return frozenset(word_map(name))


@cache
def words(name: str, kind: str) -> frozenset[str]:
    """The words of one class in a two-column word lexicon ("military" in `event_words.tsv`)."""
    rows = read_table(name)
    return frozenset(
        written
        for word, word_kind, *_ in rows
        if word_kind == kind
        for written in both_apostrophes(word)
    )


def both_apostrophes(word: str) -> tuple[str, ...]:
    """A lexicon word as written, and with a typographic apostrophe where it has a straight one:
    the rules compare a token's own text, and articles write "n’t" and "’ll" as often as
    "n't" and "'ll". A bare apostrophe keeps its one form: a lone "’" is as often a closing
    single quotation mark as a possessive ("‘Rocket Man’ Kim")."""
    return (word, word.replace("'", "’")) if "'" in word and word != "'" else (word,)


@cache
def calendar_names(*kinds: str) -> tuple[tuple[str, str], ...]:
    """Month or weekday names ("month", "weekday") with their abbreviations, in calendar order:
    one English list for every date rule (the stdlib's follow the machine's locale)."""
    return tuple(
        (name, short) for kind, name, short in read_table("calendar_names.tsv") if kind in kinds
    )


@dataclass(frozen=True)
class PhraseMatch(Generic[V]):
    """Items [start, end) of a sequence form a phrase of the table, which gives `value`."""

    start: int
    end: int
    value: V

    def __len__(self) -> int:
        return self.end - self.start


class PhraseLookup(Generic[T, V]):
    """Longest-match lookup of phrases in a sequence of items (words or tokens).

    `get` turns a run of items into the table's value (or None); hand-written rather than
    spaCy's PhraseMatcher because the coders look inside small token windows, under conditions
    the caller decides per match (a free token, a head noun), and some tables match surface
    text with its spacing.
    """

    def __init__(
        self,
        get: Callable[[Sequence[T]], V | None],
        longest: int,
        starts: frozenset[T] | None = None,
        may_begin: Callable[[T], bool] | None = None,
    ) -> None:
        self.get = get
        self.longest = longest
        self.starts = starts
        """The items a phrase can begin with (None: any), when the table knows them: a set
        lookup that spares trying every length at most positions."""
        self.may_begin = may_begin
        """Where the items a phrase begins with are no finite set (surface text with spacing),
        the test an item must pass to begin one; None: any."""

    def at(
        self,
        items: Sequence[T],
        index: int,
        longest: int | None = None,
        accept: Callable[[PhraseMatch[V]], bool] | None = None,
    ) -> PhraseMatch[V] | None:
        """The longest phrase starting at `index` (at most `longest` items) that `accept`
        takes; shorter phrases are tried when a longer one is refused."""
        if self.starts is not None and items[index] not in self.starts:
            return None
        if self.may_begin is not None and not self.may_begin(items[index]):
            return None
        limit = min(longest or self.longest, len(items) - index)
        for size in range(limit, 0, -1):
            value = self.get(items[index : index + size])
            if value is None:
                continue
            match = PhraseMatch(index, index + size, value)
            if accept is None or accept(match):
                return match
        return None

    def first(self, items: Sequence[T], longest: int | None = None) -> PhraseMatch[V] | None:
        """The leftmost phrase, the longest one starting there."""
        for index in range(len(items)):
            match = self.at(items, index, longest)
            if match is not None:
                return match
        return None

    def longest_in(self, items: Sequence[T]) -> PhraseMatch[V] | None:
        """The longest phrase anywhere; of equally long ones, the leftmost."""
        best: PhraseMatch[V] | None = None
        for index in range(len(items)):
            match = self.at(items, index)
            if match is not None and (best is None or len(match) > len(best)):
                best = match
        return best
