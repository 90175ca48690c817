"""Poll sponsors written as one name of two bodies: "a CNN/ORC poll", "the NBC-Wall Street
Journal poll", "an Associated Press-GfK poll". The recogniser often cuts such a name at its
slash or hyphen (or misses a part), so each part became its own actor, the pollster uncoded;
joined again, a name with a known outlet among its parts is one news body
(`mentions._add_unknown_organization` codes it MED with the outlet's country)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.outlets import is_outlet
from eventwire.lexicons import word_set
from eventwire.parse.nlp import entity_at, tokens

JOINERS = frozenset({"/", "-"})
NOT_BODIES = frozenset({"PERSON", "GPE", "LOC", "NORP"})  # "Gary Cameron/Reuters": a credit


def joined_outlets(doc: Doc) -> list[Span]:
    """Every name of two bodies joined by an unspaced slash or hyphen with a known outlet
    among its parts, that names a body (`_names_a_body`)."""
    found: list[Span] = []
    for joiner in tokens(doc):
        if joiner.text not in JOINERS or joiner.whitespace_ or not joiner.i:
            continue
        if doc[joiner.i - 1].whitespace_ or joiner.i + 1 >= len(doc):
            continue
        left, right = _left_part(doc, joiner.i), _right_part(doc, joiner.i + 1)
        if left is None or right is None:
            continue
        right = right if is_outlet(left.text) else _outlet_start(right)
        if right is not None and _names_a_body(left, right):
            found.append(doc[left.start : right.end])
    return found


def _left_part(doc: Doc, end: int) -> Span | None:
    """The proper nouns right before the joiner, in one run."""
    start = end
    while start > doc[end - 1].sent.start and _name_word(doc[start - 1]):
        start -= 1
    return doc[start:end] if start < end else None


def _right_part(doc: Doc, start: int) -> Span | None:
    """The proper nouns right after the joiner, in one run."""
    end = start
    while end < doc[start].sent.end and _name_word(doc[end]):
        end += 1
    return doc[start:end] if end > start else None


def _name_word(token: Token) -> bool:
    """A capitalised proper noun: "USA TODAY", "GfK", "Wall Street Journal"."""
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _outlet_start(part: Span) -> Span | None:
    """The part itself when it names a known outlet, else the longest known outlet it begins
    with: "Los Angeles Times Daybreak" is the Los Angeles Times's poll named Daybreak."""
    for end in range(part.end, part.start, -1):
        if is_outlet(part.doc[part.start : end].text):
            return part.doc[part.start : end]
    return None


def _names_a_body(left: Span, right: Span) -> bool:
    """Neither part is a person or a place, and the joined name is a body: both parts are
    organisations NER found, or the name is a survey's."""
    labels = [_label(part) for part in (left, right)]
    if any(label in NOT_BODIES for label in labels):
        return False
    return _names_a_survey(right) or all(label == "ORG" for label in labels)


def _names_a_survey(right: Span) -> bool:
    """ "a USA TODAY/Marist Poll", "the CNN/ORC poll", "a Reuters/Ipsos national survey": the
    joined name ends in a survey noun or modifies one; "an Amr Nabil/Reuters photo" is a
    photographer's credit."""
    doc, surveys = right.doc, word_set("survey_noun")
    if right[-1].lower_ in surveys:
        return True
    for word in doc[right.end : right.sent.end]:
        if word.pos_ not in {"ADJ", "NOUN"} or not word.is_lower:
            return False
        if word.lemma_ in surveys:
            return True
    return False


def _label(part: Span) -> str:
    """The entity label of the first word of the part ("" when none)."""
    entity = entity_at(part[0])
    return entity.label_ if entity is not None else ""
