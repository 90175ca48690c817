"""The firm behind a short name in a title: "a spokesman for Kyle", "Coda's president",
"An Upjohn spokesman", where the article named "Kyle Technology Corp." in full.

The tagger often reads such a short name as a person or leaves it untagged, so the title's
employer is not found and a generic office ("spokesman", "president") falls back to the
state's sector. The full name, tagged as an organisation elsewhere in the article, says
whose office it is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.coding import current_table
from eventwire.actors.initialisms import initials
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.parse.nlp import entities, entity_at

SHORT_NAME_LABELS = frozenset({"", "PERSON", "ORG"})
EMPLOYING_DEPS = frozenset({"poss", "pobj"})  # "Twitter's director", "director at Twitter"


def shortened_firm(tokens: list[Token]) -> Span | None:
    """The organisation named in full elsewhere whose name starts with a proper noun among
    the tokens, when that noun is no country, known body or named person's surname, or
    whose initials an acronym among them spells."""
    for token in tokens:
        if token.pos_ != "PROPN":
            continue
        if _acronym(token.text):
            firm = _spelled_out(token.doc[token.i : token.i + 1])
        else:
            firm = _full_name(token) if _could_be_short(token) else None
        if firm is not None:
            return firm
    return None


def platform_firm(tokens: list[Token]) -> Token | None:
    """ "Jenna Golden, Twitter's director of political ad sales", "a director at Twitter": a
    social platform that owns a title or employs its holder is the firm that runs it, which
    the tagger reads as a person ("another Twitter user" only uses it)."""
    platforms = (t for t in tokens if t.text in word_set("social_platform"))
    return next((t for t in platforms if t.dep_ in EMPLOYING_DEPS), None)


def in_full(org: Span) -> Span:
    """ "Upjohn" tagged as an organisation in "An Upjohn spokesman", "AFT" in "AFT President
    X": the full name when the article gives one ("Upjohn Co."), which carries its kind."""
    if len(org) != 1:
        return org
    if _acronym(org.text):
        return _spelled_out(org) or org
    if not _could_be_short(org[0]):
        return org
    return _full_name(org[0]) or org


def _acronym(text: str) -> bool:
    return len(text) > 1 and text.isalpha() and text.isupper()


def _spelled_out(org: Span) -> Span | None:
    """ "AFT President Randi Weingarten" after "the American Federation of Teachers": the
    organisation named in full whose initials the acronym spells."""
    return next(
        (e for e in entities(org.doc) if e.label_ == "ORG" and initials(e.text) == org.text),
        None,
    )


def _could_be_short(token: Token) -> bool:
    entity = entity_at(token)
    if entity is not None and (entity.label_ not in SHORT_NAME_LABELS or len(entity) > 1):
        return False
    text = token.text
    return country_of(text) is None and current_table().lookup(text) is None


def _full_name(token: Token) -> Span | None:
    """A longer organisation name that starts with the token's word, unless a person named in
    full has it as surname ("Clinton aide" with "Hillary Clinton" and "Clinton Foundation")."""
    found = None
    for ent in entities(token.doc):
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == token.text:
            return None
        if (
            ent.label_ == "ORG"
            and len(ent) > 1
            and ent[0].text == token.text
            and ent.start != token.i
        ):
            found = found or ent
    return found
