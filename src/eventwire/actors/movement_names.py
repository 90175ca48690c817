"""Movements named by a capitalised phrase NER leaves untagged: "the Black Lives Matter
movement", "Occupy Wall Street protesters". A run of capitalised words right before a movement
noun is the movement's name; the movement and those who march for it are the public (CVL) of
the article's home country (`coding` gives a group with a sector its home). The name alone
elsewhere ("Black Lives Matter seeks …" in a headline) is the same movement.

One capitalised word is left to the other rules: "Republican activists" is a party's,
"Chinese protesters" a country's. Places, peoples, people and dates before the noun ("Hong
Kong protesters", "Trump Tower protesters") say where or when, not which movement."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.candidates import Candidate, MentionCollector
from eventwire.actors.country_modifiers import country_modifier
from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import tokens_in
from eventwire.sectors import CIVILIANS

PUBLIC = CIVILIANS
MIN_NAME_WORDS = 2
MAX_NAME_WORDS = 5
NOT_MOVEMENTS = {"GPE", "LOC", "NORP", "PERSON", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL"}
NAME_JOINERS = word_set("name_joiner")  # "Friends of the Earth activists": a longer name


def find_movement_names(finder: MentionCollector) -> None:
    """Add each capitalised name before a movement noun, and the name's later uses alone."""
    doc = finder.doc
    for noun in tokens_in(doc, word_set("movement_noun")):
        if not noun.is_lower or noun.dep_ in PREMODIFIER_DEPS:
            continue
        name = _name_before(noun)
        if name is None:
            continue
        sector = code(doc, PUBLIC, noun.idx, noun.idx + len(noun))
        if _code_found_body(finder, name, sector):
            finder.claimed.add(noun.i)
            continue
        if not finder.free(doc[name.start : noun.i + 1]):
            continue
        key = f"movement:{name.text.lower()}"
        span = doc[name.start : noun.i + 1]
        finder.add(MentionKind.NAME, ActorType.GROUP, span, key=key, name=name.text, sector=sector)
        for alone in _name_alone(doc, name):
            if finder.free(alone):
                sector = code(doc, PUBLIC, alone.start_char, alone.end_char)
                finder.add(
                    MentionKind.NAME, ActorType.GROUP, alone, key=key, name=name.text, sector=sector
                )


def _code_found_body(finder: MentionCollector, name: Span, sector: Code) -> bool:
    """ "the Save Our Rivers movement", "the Tea Party movement" where NER found the name as
    an organisation no lexicon knows: the noun says it is a movement, so the body takes the
    movement's sector over any its own words gave ("Party")."""
    body = next(
        (
            c
            for c in finder.candidates
            if (c.start, c.end) == (name.start_char, name.end_char)
            and c.type == ActorType.ORGANIZATION
        ),
        None,
    )
    if body is None or body.key != name.text.lower() or not _own_words_coded(body, name):
        return False
    body.sector = sector
    return True


def _own_words_coded(body: Candidate, name: Span) -> bool:
    """The body has no sector, or one its name's own words gave."""
    sector = body.sector
    if sector is None:
        return True
    evidence = sector.evidence
    inside = evidence is not None and name.start_char <= evidence.start < name.end_char
    return sector.method is None and inside


def _name_before(noun: Token) -> Span | None:
    """The run of capitalised words right before the noun, when it names no place or people."""
    doc, start = noun.doc, noun.i
    while start and noun.i - start < MAX_NAME_WORDS and _name_word(doc[start - 1]):
        start -= 1
    name = doc[start : noun.i]
    if len(name) < MIN_NAME_WORDS or (start and doc[start - 1].lower_ in NAME_JOINERS):
        return None
    if any(t.ent_type_ in NOT_MOVEMENTS or country_modifier(t) is not None for t in name):
        return None
    return name


def _name_word(token: Token) -> bool:
    """A capitalised word of a name; a sentence's capitalised "The" is none."""
    return token.is_alpha and (token.is_title or token.is_upper) and token.pos_ != "DET"


def _name_alone(doc: Doc, name: Span) -> list[Span]:
    """Other places the same words stand as a whole name, not inside a longer one."""
    width, words = len(name), [t.text for t in name]
    found = []
    for start in range(len(doc) - width + 1):
        if start == name.start or [t.text for t in doc[start : start + width]] != words:
            continue
        before = doc[start - 1] if start else None
        after = doc[start + width] if start + width < len(doc) else None
        if not any(t is not None and _name_word(t) for t in (before, after)):
            found.append(doc[start : start + width])
    return found
