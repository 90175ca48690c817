"""Cues that open the quote right after them: "X said, “…”", "X said: “…”", and "X told
reporters in Lima on Monday, “…”", where the words between are the verb's own objects and
phrases. Such a cue holds the quote even where a cue after it ("… ?” Y then wrote, “…”")
sits nearer: that one opens the next sentence and its own quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import takewhile

from spacy.tokens import Token

from eventwire.quotes.cues import Cue
from eventwire.quotes.framing import frames
from eventwire.quotes.own_clauses import own_clause
from eventwire.quotes.relatives import reports_relative

AFTER_COLON = re.compile(r"[^.!?\n“”\"]*:\s*|\s*,\s*")
BEFORE_COMMA = re.compile(r"[^.!?\n“”\":;]*,\s*")
SUBJECTS = {"nsubj", "nsubjpass", "expl", "csubj"}
CLOSING_MARKS = "”»\"’'"
COLON_OPENS = re.compile(r"[^.!?\n“”\"]*:\s*(?:[“\"]|'')")  # "Y said: “…" after the cue


def introduces(cue: Cue, text: str, start: int, cues: Sequence[Cue]) -> bool:
    """The cue ends right before the quote starting at `start`, but for its own dependents and
    a colon or comma ("…, and NBC News has proof: “…”" has another clause between). A cue
    `nested` in another's report ("X insisted it was early, while adding on Y, “…”") opens a
    quote only right before it, as its words may be the other cue's."""
    if cue.span[1] > start:
        return False
    between = text[cue.span[1] : start]
    if AFTER_COLON.fullmatch(between):
        return _own_words(cue, start)
    opened = bool(BEFORE_COMMA.fullmatch(between)) and _own_words(cue, start) and _open(cue)
    return opened and not any(nested(cue, other) for other in cues if other is not cue)


def opens_with_colon(cue: Cue, text: str) -> bool:
    """ "“…” Y said: “…”": a cue closed by a colon opens the quote after it, so it is no
    attribution of the quote that ends just before it."""
    return COLON_OPENS.match(text, cue.span[1]) is not None


def reports_onward(cue: Cue, text: str, quote_end: int) -> bool:
    """ "“… everywhere.” Greene added that the Fed …": a cue in the sentence after a quote
    that closed its own sentence, with a report of its own after the verb, says that report;
    the quote before it is no attribution of it (it continues the speaker before)."""
    if cue.content is None or cue.content[0] <= cue.token.idx:
        return False
    return text[:quote_end].rstrip(CLOSING_MARKS + " ")[-1:] in {".", "!", "?"}


def _own_words(cue: Cue, start: int) -> bool:
    """Every word between the cue and the quote hangs from the cue's verb, and none is the
    subject of a clause of its own ("…, and NBC News has proof:")."""
    verb = cue.token
    following = takewhile(lambda t: t.idx < start, verb.doc[verb.i + 1 :])
    words = [t for t in following if t.idx >= cue.span[1] and not t.is_punct]
    return all(verb in t.ancestors and t.dep_ not in SUBJECTS for t in words)


def _open(cue: Cue) -> bool:
    """ "Plans fell through, X said in her book, “Title.”": a cue whose words stand before it
    has said them; what follows its phrases is no quote it opens."""
    return cue.content is None or cue.content[0] > cue.token.idx


def nested(inner: Cue, outer: Cue) -> bool:
    """`outer` reports what `inner` says: its verb is above, and its complement (if it has
    one) holds the inner cue. In "Though he said it was “a handful”, John said none were
    added" his clause is no part of what John said, so the quote stays his. A cue set into
    the sentence reports the cues of its content, or of the whole sentence (`framing.frames`);
    one set off by commas before their verb is reported by none of them, though the parse
    hangs it on that verb ("Back then, X said, she found him “…”": X's words); nor is one with
    its own subject in an adverbial or conjoined clause ("…, after Y told him “…”": Y's words)."""
    if _set_off_before(inner.token, outer.token):
        return False
    if outer.token not in inner.token.ancestors and not frames(outer.token, inner.token):
        return False
    if reports_relative(inner.token) or own_clause(inner.token, outer.token):
        return False
    return outer.content is None or outer.content[0] <= inner.token.idx < outer.content[1]


def _set_off_before(cue: Token, verb: Token) -> bool:
    """ "Y, X said, did …": a cue set off by commas ahead of the sentence's verb frames it
    ("as he was known" is no such cue, nor "“…,” X said" after the verb, a cue of its own)."""
    return cue.dep_ == "parataxis" and cue.i < verb.i and frames(cue, verb)
