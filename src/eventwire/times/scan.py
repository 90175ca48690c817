"""Every time rule's matches, found in one pass over the text's word starts.

Each rule used to scan the whole text, and as most of them open with optional words ("the",
"last", a number), the regex engine tried every rule at every character: 80 % of the time stage.
A match the extractor keeps starts where no letter or digit comes before it, and it can only
begin with a character its pattern allows first. That first-character class is read off each
rule's parse tree (the standard library's own regex parser: no maintained package computes it),
and a rule is tried only at word starts whose character is in its class. `pattern.match(text,
p)` is the match `pattern.search` returns when it stops at p, so the matches found are the ones
a scan of every position keeps, only cheaper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as sre
from re import _parser as sre_parse

# one class item per first character a match may begin with; None: any character
FirstItems = list[str] | None

ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)  # lookarounds, anchors, \b: consume nothing
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
WORD_START = r"(?<![^\W_])"  # no letter or digit (str.isalnum) before the position


def first_class(pattern: str) -> str:
    """A character class matching every character a non-empty match of `pattern` can begin
    with (under IGNORECASE a superset of it); any character where that cannot be read."""
    items, _ = _first_of_sequence(sre_parse.parse(pattern))
    return f"[{''.join(items)}]" if items else "(?s:.)"


def _first_of_sequence(nodes: sre_parse.SubPattern | list) -> tuple[FirstItems, bool]:
    """First characters of a sequence of nodes, and whether the whole sequence can be empty."""
    found: list[str] = []
    for op, arg in nodes:
        first, can_be_empty = _first_of_node(op, arg)
        if first is None:
            return None, False
        found += first
        if not can_be_empty:
            return found, False
    return found, True


def _first_of_node(op: object, arg: object) -> tuple[FirstItems, bool]:
    """First characters of one parse-tree node, and whether it can match the empty string."""
    if op is sre.LITERAL:
        return [re.escape(chr(arg))], False
    if op is sre.IN:
        return _class_items(arg), False
    if op is sre.BRANCH:
        return _first_of_branches(arg[1])
    if op is sre.SUBPATTERN:
        return _first_of_sequence(arg[3])
    if op in REPEATS:
        first, can_be_empty = _first_of_sequence(arg[2])
        return first, can_be_empty or arg[0] == 0
    if op in ZERO_WIDTH:
        return [], True
    return None, False


def _first_of_branches(branches: list) -> tuple[FirstItems, bool]:
    found: list[str] = []
    any_empty = False
    for branch in branches:
        first, can_be_empty = _first_of_sequence(branch)
        if first is None:
            return None, False
        found += first
        any_empty = any_empty or can_be_empty
    return found, any_empty


def _class_items(members: list) -> FirstItems:
    """A positive class of literals, ranges and digits as written; None for anything else
    (a negated class, \\w, \\s)."""
    items = []
    for kind, value in members:
        if kind is sre.LITERAL:
            items.append(re.escape(chr(value)))
        elif kind is sre.RANGE:
            items.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
            items.append(r"\d")
        else:
            return None
    return items


class RuleScan:
    """Matches of a list of compiled rules at word starts, each rule tried only where its first
    character is."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns
        classes = [first_class(pattern.pattern) for pattern in patterns]
        self._firsts = [re.compile(one, re.IGNORECASE) for one in classes]
        self._starts = re.compile(f"{WORD_START}(?={'|'.join(classes)})", re.IGNORECASE)
        self._by_char: dict[str, tuple[int, ...]] = {}

    def matches(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, rule index) of every rule's match at each word start, in text order."""
        for start in self._starts.finditer(text):
            position = start.start()
            for index in self._rules_for(text[position]):
                match = self.patterns[index].match(text, position)
                if match:
                    yield position, match.end(), index

    def _rules_for(self, char: str) -> tuple[int, ...]:
        """The rules that can begin with `char`, worked out once per character seen."""
        rules = self._by_char.get(char)
        if rules is None:
            rules = tuple(i for i, first in enumerate(self._firsts) if first.fullmatch(char))
            self._by_char[char] = rules
        return rules
