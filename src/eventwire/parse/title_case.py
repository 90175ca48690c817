"""Is a line written in title case? (A headline's mark, read by the layout and by the recaser.)

Its own module because both `parse.metadata` (which finds the headline) and `parse.recase`
(which lowers a title-case headline's common words, and splits it at a clause's colon with the
headline spans metadata finds) ask it: kept in `recase`, the two would import each other.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

MIN_CONTENT_WORDS = 3
"""A title-case line has at least this many content words, all capitalised ("Barack Obama"
alone is a name, not a headline)."""
_LINE_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+")


def is_title_case(line: str) -> bool:
    """Every content word capitalised, at least two in title case (an all-capitals line is
    another matter); a word's part after a hyphen or apostrophe ("Cease-fire") does not count.
    The scan stops at the first lower-case content word, where nearly every body line ends."""
    content = titled = 0
    for match in _LINE_WORD.finditer(line):
        word = match.group()
        if word.lower() in STOP_WORDS:
            continue
        if not word[0].isupper():
            return False
        content += 1
        titled += not word.isupper()
    return content >= MIN_CONTENT_WORDS and titled >= 2
