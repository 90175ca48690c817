"""The model's attribute ruler (tag → part of speech, morphology, lemma exceptions), matched
through an index of its patterns' first tokens instead of spaCy's general Matcher.

Hand-written because spaCy's Matcher tries every one of the ruler's 179 patterns at every token:
about 20 µs a token, 10 ms an article, a tenth of the pipeline's CPU. Almost all the patterns
are one token naming its exact tag or lower-case form, so a dictionary finds the few that can
start at a token, and only those are checked. The matches are the Matcher's own (the ruler sorts
them and sets the attributes itself, unchanged); a model whose patterns use anything else
(operators, other attributes) keeps spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc

COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
"""The token attributes the patterns test, by their column in `Doc.to_array`."""
ARRAY_ATTRS = [LOWER, TAG, DEP, IS_SPACE]
INDEXED = ("LOWER", "TAG", "DEP", "IS_SPACE")
"""Attributes a pattern's first token is filed under, the most selective first."""
OPERATORS = {"IN", "NOT_IN", "REGEX"}

Test = tuple[int, Callable[[int], bool]]
"""A column and what its value (a string hash, or 0/1) must satisfy."""
Compiled = tuple[int, list[list[Test]]]
"""A pattern's match id and, per token, its tests."""
Row = list[int]


def index_attribute_ruler(nlp: Language) -> None:
    """Give the pipeline's attribute ruler the indexed matcher, when its patterns allow it."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe("attribute_ruler")
    patterns = ruler.patterns
    if all(_supported(pattern) for entry in patterns for pattern in entry["patterns"]):
        ruler.matcher = IndexedMatcher(ruler.matcher, nlp.vocab.strings, patterns)


def _supported(pattern: list[dict[str, Any]]) -> bool:
    """Whether every token of a pattern only tests attributes and operators handled here."""
    return all(
        attr in COLUMNS and _supported_value(attr, value)
        for token in pattern
        for attr, value in token.items()
    )


def _supported_value(attr: str, value: Any) -> bool:
    """A form (a flag for IS_SPACE), or one operator over forms: anything else (numbers,
    other operators) keeps spaCy's Matcher rather than being misread."""
    if attr == "IS_SPACE":
        return isinstance(value, bool)
    if isinstance(value, str):
        return True
    if not isinstance(value, Mapping) or len(value) != 1 or not set(value) <= OPERATORS:
        return False
    ((operator, argument),) = value.items()
    if operator == "REGEX":
        return isinstance(argument, str)
    return isinstance(argument, list) and all(isinstance(item, str) for item in argument)


class IndexedMatcher:
    """What the attribute ruler calls as its Matcher; anything else it asks of it (its
    patterns, serialisation) goes to the spaCy Matcher it replaces."""

    def __init__(self, matcher: Any, strings: StringStore, patterns: list[dict[str, Any]]):
        self.matcher = matcher
        self.strings = strings
        self.indexed = True
        self.by_first: list[dict[int, list[Compiled]]] = [{} for _ in COLUMNS]
        self.by_any_lower: list[Compiled] = []  # a first token testing its form otherwise
        self.lower_starts: dict[int, tuple[Compiled, ...]] = {}  # those a form passes, by form
        self.anywhere: list[Compiled] = []
        for key, entry in enumerate(patterns):  # the ruler adds entry i under the key "i"
            match_id = strings.add(str(key))
            for pattern in entry["patterns"]:
                self._file(pattern, (match_id, [self._tests(token) for token in pattern]))

    def __getattr__(self, name: str) -> Any:
        if name == "matcher":  # not set yet (a copy being made): no endless recursion
            raise AttributeError(name)
        return getattr(self.matcher, name)

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        """A pattern the ruler adds later goes to spaCy's Matcher, which then matches them all."""
        self.matcher.add(key, patterns)
        self.indexed = False

    def __call__(self, doc: Doc, **options: Any) -> list[tuple[int, int, int]]:
        """(match id, start, end) of every pattern matching in `doc`, as spaCy's Matcher finds
        them (the ruler's `allow_missing` and `as_spans=False` are what this always does)."""
        if not self.indexed:
            return self.matcher(doc, **options)  # type: ignore[no-any-return]
        rows: list[Row] = doc.to_array(ARRAY_ATTRS).tolist()
        by_lower, by_tag, by_dep, by_space = self.by_first
        found = []
        for start, row in enumerate(rows):
            lower, tag, dep, space = row
            starting = self.lower_starts.get(lower)
            if starting is None:
                starting = self.lower_starts[lower] = self._starting(lower)
            groups = (by_lower.get(lower), by_tag.get(tag), by_dep.get(dep), by_space.get(space))
            for group in (*groups, starting, self.anywhere):
                for match_id, tokens in group or ():
                    end = start + len(tokens)
                    if end <= len(rows) and _holds(rows, start, tokens):
                        found.append((match_id, start, end))
        return found

    def _starting(self, lower: int) -> tuple[Compiled, ...]:
        """The patterns filed under no exact form whose first token this form passes (a
        regular expression: run once per form, not once per token; mostly none, `()`)."""
        return tuple((i, tokens) for i, tokens in self.by_any_lower if tokens[0][0][1](lower))

    def _file(self, pattern: list[dict[str, Any]], compiled: Compiled) -> None:
        """Index a pattern under its first token's exact value(s), or with those that test
        only the form of their first token, else keep it for every token."""
        first = pattern[0]
        for attr in INDEXED:
            keys = self._keys(first.get(attr))
            if keys:
                for key in keys:
                    self.by_first[COLUMNS[attr]].setdefault(key, []).append(compiled)
                return
        only_form = list(first) == ["LOWER"]
        (self.by_any_lower if only_form else self.anywhere).append(compiled)

    def _keys(self, value: Any) -> list[int]:
        """The column values a first-token test accepts when it lists them (a flag, a string
        or IN), else []."""
        if isinstance(value, bool):
            return [int(value)]
        return [self.strings.add(item) for item in _exact_values(value)]

    def _tests(self, token: dict[str, Any]) -> list[Test]:
        return [(COLUMNS[attr], self._test(value)) for attr, value in token.items()]

    def _test(self, value: Any) -> Callable[[int], bool]:
        """A predicate on a column's value (a string hash, or 0/1 for IS_SPACE)."""
        if isinstance(value, bool):
            return int(value).__eq__
        if isinstance(value, str):
            return self.strings.add(value).__eq__
        ((operator, argument),) = value.items()
        if operator == "REGEX":
            search = re.compile(argument).search
            return lambda hashed: search(self.strings[hashed]) is not None
        hashes = {self.strings.add(item) for item in argument}
        if operator == "IN":
            return hashes.__contains__
        return lambda hashed: hashed not in hashes


def _exact_values(value: Any) -> list[str]:
    """The values a first-token test accepts when it lists them (a string or IN), else []."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping) and set(value) == {"IN"}:
        return list(value["IN"])
    return []


def _holds(rows: list[Row], start: int, tokens: list[list[Test]]) -> bool:
    """Whether each token from `start` on passes its tests."""
    for offset, tests in enumerate(tokens):
        row = rows[start + offset]
        for column, test in tests:
            if not test(row[column]):
                return False
    return True
