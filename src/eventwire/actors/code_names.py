"""Armed groups and blocs named by a code before their kind's noun: "the Z9 militia", "M-19
guerrillas", "SPLA-N commanders", "the G77 bloc". NER reads such a code as a number, a product
or a place; the noun after it says what it names, and names the group with it ("M23 rebels")."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.described_acronyms import find_described_acronyms
from eventwire.actors.joined_modifiers import joins_next
from eventwire.actors.phrases import code
from eventwire.codes import country_of, group_lexicon, organization_lexicon
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens
from eventwire.sectors import INTERNATIONAL, MILITARY, REBELS

CODE_PART = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*|[0-9]+")
ARMED_SECTOR = REBELS
STATE_FORCES = MILITARY  # "SPLA-N commanders": a coded name's commanders lead an armed group
BLOC_NOUNS = {"bloc": INTERNATIONAL}  # "the G77 bloc": a group of states acting together


def find_code_named_groups(finder: MentionCollector) -> None:
    """Add a group for each code name right before an armed-group or bloc noun."""
    doc, nouns = finder.doc, _noun_sectors()
    for token in tokens(doc):
        if token.lower_ not in nouns or not token.i or joins_next(token):
            continue  # "the GOP front-runner": a candidate, no "GOP front"
        name = _code_before(doc, token.i)
        span = doc[name.start : token.i + 1] if name is not None else None
        if name is None or span is None or not finder.free(span):
            continue
        sector = _sector(nouns[token.lower_], name.text)
        if sector is None:
            continue
        key = f"code:{name.text.lower()}"
        codes = {"sector": code(doc, sector, token.idx, token.idx + len(token))}
        finder.add(MentionKind.NAME, ActorType.GROUP, span, key=key, **codes)
    find_described_acronyms(finder)  # "MONUSCO, the U.N. force in Congo"


@cache
def _noun_sectors() -> dict[str, str]:
    """One-word armed-group nouns of the group lexicon ("militia", "commanders") and "bloc"."""
    armed = {
        k[0]: v
        for k, v in group_lexicon().items()
        if len(k) == 1 and v in {ARMED_SECTOR, STATE_FORCES}
    }
    return armed | BLOC_NOUNS


def _sector(noun_sector: str, name: str) -> str | None:
    """A plain acronym names an armed group only before a rebel noun ("KLA rebels"; "IDF
    soldiers" are a state's); a code with a digit or hyphen ("M-19", "SPLA-N", "G77") names a
    non-state group before any armed noun and a bloc of states before "bloc"."""
    coded = any(c.isdigit() or c == "-" for c in name)
    if noun_sector == ARMED_SECTOR or (coded and noun_sector == STATE_FORCES):
        return ARMED_SECTOR
    return noun_sector if coded and noun_sector in BLOC_NOUNS.values() else None


def _code_before(doc: Doc, noun: int) -> Span | None:
    """The code name written right before the noun ("SPLA-N", "M-19"): capitals and digits,
    hyphens joining them without spaces, with a capital letter and not a known body or
    country (whose own codes are better) or a number."""
    start = noun
    while (
        start and _code_part(doc, start - 1) and (start == noun or not doc[start - 1].whitespace_)
    ):
        start -= 1
    name = doc[start:noun]
    if not len(name) or name[0].text == "-" or name[-1].text == "-":
        return None
    text = name.text
    if not any(c.isalpha() for c in text) or len(text) < 2:
        return None
    if text in organization_lexicon() or country_of(text) is not None:
        return None
    return name


def _code_part(doc: Doc, at: int) -> bool:
    """A token of a code name: capitals or digits, or a hyphen with no space around it."""
    token = doc[at]
    if token.text == "-":
        return not token.whitespace_ and at > 0 and not doc[at - 1].whitespace_
    return bool(CODE_PART.fullmatch(token.text))
