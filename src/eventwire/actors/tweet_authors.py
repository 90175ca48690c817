"""Authors of embedded posts: a page that embeds a post (`<tweet author="JebBush">…</tweet>`)
names its author only by the account's handle, and the author is quoted there. A handle that
spells a known person's name ("realDonaldTrump", "LindseyGrahamSC") or an office title and a
known surname no one else bears ("GovChristie") is that person, and so is such a handle in the
text ("@BernieSanders promises")."""

from __future__ import annotations

import re
from functools import cache

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.known_rows import builtin_rows
from eventwire.lexicons import word_map
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import doc_text
from eventwire.parse.post_marks import AUTHOR

HANDLE = re.compile(r"(?<![\w@])@(\w{1,15})\b")  # ".@BernieSanders promises": a handle as a name
MAX_AFFIX = 4  # characters a handle adds around a full name ("real", "Gov", a state's "SC")


def find_tweet_authors(finder: MentionCollector) -> None:
    """Add the known person each embedded post's handle names, its evidence the handle, and
    each handle in the text that spells a known person ("@BernieSanders promises"), its
    evidence the handle, "@" and all, so that the word the parse reads as subject or object
    maps to it."""
    text = doc_text(finder.doc)
    for match in AUTHOR.finditer(text):
        _add_handle_owner(finder, match.group(1), match.span(1))
    for match in HANDLE.finditer(text):
        _add_handle_owner(finder, match.group(1), match.span())


def _add_handle_owner(finder: MentionCollector, handle: str, evidence: tuple[int, int]) -> None:
    """The known person the handle spells, as a name mention over the evidence characters."""
    name = handle_owner(handle)
    span = finder.doc.char_span(*evidence, alignment_mode="expand")
    if name is None or span is None or not finder.free(span):
        return
    key, name = _as_named(finder, name)
    candidate = finder.add(MentionKind.NAME, ActorType.PERSON, span, key=key, name=name)
    candidate.start, candidate.end = evidence


def _as_named(finder: MentionCollector, name: str) -> tuple[str, str]:
    """The key and name of the person the text names in full ("Martin O’Malley", its own
    apostrophe), so that the post joins the mentions of its author; else the table's name."""
    people = (c for c in finder.candidates if c.type == ActorType.PERSON)
    named = ((c.key, c.name) for c in people if _squash(c.name) == _squash(name))
    return next(named, (name.split()[-1].lower(), name))


def handle_owner(handle: str) -> str | None:
    """The known person a handle spells, else None: the longest full name it holds with few
    characters around it, else a title and a surname of one known person alone."""
    squashed = handle.lower()
    named = [
        name
        for key, name in _squashed_names().items()
        if key in squashed and len(squashed) - len(key) <= MAX_AFFIX
    ]
    if named:
        return max(named, key=len)
    titles = word_map("handle_title")
    owners = [
        _holding(_surnames().get(squashed.removeprefix(title), frozenset()), office)
        for title, office in titles.items()
        if squashed.startswith(title)
    ]
    return next((next(iter(names)) for names in owners if len(names) == 1), None)


def _holding(names: frozenset[str], office: str) -> frozenset[str]:
    """Of several people bearing the surname, those who held the office the handle's title
    names ("GovChristie": the governor Chris Christie, not the prime minister Perry
    Christie); one bearer, or none holding it, stays as found."""
    holders = frozenset(name for name in names if office in _offices().get(name, ()))
    return holders if len(names) > 1 and holders else names


@cache
def _squashed_names() -> dict[str, str]:
    """Every known person's name or alias of two words or more, its letters alone → the
    person's table name."""
    return {
        _squash(form): row.name
        for row in builtin_rows()
        if row.type == ActorType.PERSON
        for form in (row.name, *row.aliases)
        if " " in form
    }


@cache
def _surnames() -> dict[str, frozenset[str]]:
    """A known person's last name → the table names of the people who bear it."""
    owners: dict[str, set[str]] = {}
    for row in builtin_rows():
        if row.type == ActorType.PERSON and " " in row.name:
            owners.setdefault(_squash(row.name.split()[-1]), set()).add(row.name)
    return {key: frozenset(names) for key, names in owners.items()}


@cache
def _offices() -> dict[str, frozenset[str]]:
    """A known person's table name → the words of every role the table gives them."""
    words: dict[str, set[str]] = {}
    for row in builtin_rows():
        if row.type == ActorType.PERSON and row.role:
            words.setdefault(row.name, set()).update(row.role.lower().split())
    return {name: frozenset(found) for name, found in words.items()}


def _squash(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())
