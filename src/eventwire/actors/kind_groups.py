"""One group described by its kind: "a civil rights group demanding ...", "an armed group
attacked ...", "the militant group claimed ...".

The group lexicon names kinds of groups in the plural ("rights groups": NGO, "armed groups":
REB), which a bare plural finds (`groups`); one such group named by a singular "group" or
"organization" with the same kind words before it is the same kind of actor, of the country
its own words name ("a Syrian rebel group"), else of the article's home (as a bare group).
One named in apposition ("the group Code Pink") or by its members ("a group of students") is
left to those words.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.candidates import MentionCollector
from eventwire.actors.country_modifiers import country_modifier
from eventwire.actors.phrases import code
from eventwire.codes import group_lexicon
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.tags import NOUN_TAG

KIND_DEPS = {"compound", "amod", "nmod", "punct"}  # "civil rights", "pro-Trump", "armed"


def find_kind_groups(finder: MentionCollector) -> None:
    """Add a group for each singular kind-group noun whose kind words the lexicon knows."""
    doc = finder.doc
    for token in tokens_in(doc, word_set("kind_group_head")):
        if token.tag_ != NOUN_TAG or not _indefinite(token) or _named_otherwise(token):
            continue
        start = _kind_start(token)
        sector = _sector(doc[start : token.i], token)
        span = doc[start : token.i + 1]
        if sector is None or not finder.free(span):
            continue
        key = f"bare:{sector}:{span.text.lower()}"
        sector_code = code(doc, sector, span.start_char, span.end_char)
        finder.add(
            MentionKind.NAME, ActorType.GROUP, span, key, sector=sector_code, country=_country(span)
        )


def _kind_start(noun: Token) -> int:
    """Where the run of kind words right before the noun starts ("civil rights group")."""
    doc = noun.doc
    start = noun.i
    while start > noun.sent.start and (doc[start - 1].dep_ in KIND_DEPS or _hyphen_at(doc, start)):
        previous = doc[start - 1]
        if previous.head.i > noun.i or previous.head.i < start - 1:
            break
        start -= 1
    return start


def _hyphen_at(doc: Doc, at: int) -> bool:
    """A hyphen at the index joined to the word before it: "US-backed" is one kind word, not
    "-backed" cut from its first half."""
    return doc[at].text == "-" and not doc[at - 1].whitespace_


def _sector(words: Span, noun: Token) -> str | None:
    """The sector of the longest plural kind the words end with ("rights groups": NGO)."""
    lexicon = group_lexicon()
    plural = f"{noun.lower_}s"
    for at in range(words.start, words.end):
        kind = (*(t.lower_ for t in words.doc[at : words.end]), plural)
        if kind in lexicon:
            return lexicon[kind]
    return None


def _country(span: Span) -> Code | None:
    """The country the kind words name ("a Syrian rebel group", "a South Korean civic group"),
    if any; not one joined by a hyphen ("a US-backed rebel group" is no American group)."""
    for token in span:
        found = country_modifier(token)
        if found is not None and found[1] <= span.end:
            words = span.doc[token.i : found[1]]
            return code(span.doc, found[0].iso3, words.start_char, words.end_char)
    return None


def _indefinite(noun: Token) -> bool:
    """ "a civil rights group" introduces one; "the rights group" names again one told before
    (the event rules find whom); "is not an advocacy group", "named it a terrorist group",
    "listed as a terrorist group" sort a subject or object."""
    opener = noun.doc[noun.left_edge.i]
    sorting = noun.dep_ in {"attr", "oprd"} or (noun.dep_ == "pobj" and noun.head.lower_ == "as")
    sorting = sorting or _second_object(noun)
    return opener.lower_ in word_set("indefinite_article") and not sorting


def _second_object(noun: Token) -> bool:
    """ "designated the network a terrorist group": an object after another names what it is."""
    earlier = [c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i]
    return noun.dep_ == "dobj" and bool(earlier)


def _named_otherwise(noun: Token) -> bool:
    """ "the group Code Pink", "a group of students", "Hamas, the militant group": a name or
    members say who it is."""
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)
    members = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    described = noun.dep_ == "appos"
    return named or members or described
