"""A body eventwire's table knows, named right where a person's "of" phrase begins, when NER
tagged it as no organisation: "Lee Wang of The Intercept" (untagged), "Ann Ruiz of The
Atlantic" (tagged a place). The table's row says whom the person works for."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.coding import current_table
from eventwire.codes import role_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType
from eventwire.parse.deps import MODIFIER_OR_OWNER_DEPS

MAX_NAME_TOKENS = 5


def known_body_at_start(tokens: list[Token]) -> Span | None:
    """The longest name of a known organisation that starts the tokens and is the whole noun
    phrase there: "The Intercept" in "of The Intercept asked", not "Atlantic" in "of the
    Atlantic fleet" (the phrase's head is "fleet")."""
    if not tokens:
        return None
    doc, start = tokens[0].doc, tokens[0].i
    if tokens[0].lower_ == "the" and tokens[0].text == "the":
        start += 1  # "the Intercept": the article is no part of the name
    if start >= len(doc) or not doc[start].text[:1].isupper():
        return None
    table = current_table()
    for end in range(min(len(doc), start + MAX_NAME_TOKENS), start, -1):
        span = doc[start:end]
        if not _whole_phrase(span) or not table.knows_name(span.text):
            continue
        row = table.lookup(span.text)
        if row is not None and row.type == ActorType.ORGANIZATION:
            return span
    return None


def _whole_phrase(span: Span) -> bool:
    """Whether the span's last word heads its phrase (no noun after it that it modifies)."""
    last = span[-1]
    return not (last.head.i >= span.end and last.dep_ in MODIFIER_OR_OWNER_DEPS)


def known_body_before_title(tokens: list[Token]) -> Span | None:
    """ "American Bridge President X", "ODM spokesman X": the longest name of a known
    organisation among a title's words, right before a title noun; the title is held in that
    body, whether or not NER tagged its name."""
    if not tokens:
        return None
    doc, last = tokens[0].doc, tokens[-1].i
    table = current_table()
    for start in range(tokens[0].i, last):
        for end in range(min(last, start + MAX_NAME_TOKENS), start, -1):
            span = doc[start:end]
            if not _any_body_title(doc[end]) or not span.text[:1].isupper():
                continue
            row = table.lookup(span.text)
            named = row is not None and span.text in (row.name, *row.aliases)
            if named and row.type == ActorType.ORGANIZATION:
                return span
    return None


def _any_body_title(word: Token) -> bool:
    """ "President", "spokesman": a one-word title that any body has; a minister is only a
    state's ("Labour Minister X" names a portfolio, not the party)."""
    role = role_lexicon().get((word.lower_,))
    return role is not None and role.role in word_set("organization_role")
