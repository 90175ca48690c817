"""People's names NER tagged in part: it often leaves a less common given name out ("Paloma
[Wu]", "Chair Debbie [Wasserman Schultz]") or cuts a long name in two ("[Daniel Porter]
[Jordan III]"). The parse still chains the words as compounds on the surname, which tells
one name from two people named side by side ("Clinton, Obama")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.name_checks import leading_roles, name_cased
from eventwire.codes import country_of
from eventwire.given_names import gender_of_given_name
from eventwire.lexicons import word_map, word_set

PERSON = "PERSON"
MAX_NAME_WORDS = 4  # "Daniel Porter Jordan III"


def whole_names(spans: list[Span]) -> list[Span]:
    """The spans with people's names made whole: each opened by the given name NER left out,
    and joined to the person's span right after it that the parse makes one name with."""
    found: list[Span] = []
    for span in spans:
        span = _with_given_name(span) if span.label_ == PERSON else span
        if found and _one_name(found[-1], span):
            found[-1] = Span(span.doc, found[-1].start, span.end, label=PERSON)
        else:
            found.append(span)
    return found


def _with_given_name(span: Span) -> Span:
    """ "Paloma Wu": an untagged given name the name table knows, compounded on the name."""
    if not span.start or not _left_out_given_name(span.doc[span.start - 1], span):
        return span
    return Span(span.doc, span.start - 1, span.end, label=PERSON)


def _left_out_given_name(word: Token, span: Span) -> bool:
    """An untagged name-cased word compounded on the span that the name table knows as a given
    name, and no title or country name ("Judge", "Jordan")."""
    untagged_name = word.ent_iob_ == "O" and word.pos_ == "PROPN" and name_cased(word.text)
    on_name = word.dep_ == "compound" and span.start <= word.head.i < span.end
    on_name = on_name and not _shares_word([word], span)  # "to out-Christie Chris Christie"
    if not (untagged_name and on_name) or _title(word):
        return False  # "Judge Wu": a title, though the table knows "Judge" as a given name
    return country_of(word.text) is None and gender_of_given_name(word.text) is not None


def _title(word: Token) -> bool:
    """A title or a courtesy word ("Judge", "Sir", "Mrs"), which opens no given name."""
    lower = word.lower_.rstrip(".")
    courtesy = lower in word_set("honorific") or lower in word_map("person_gender")
    return courtesy or lower in leading_roles()


def _one_name(first: Span, second: Span) -> bool:
    """Two people's spans side by side, the first's last word a compound on the second's."""
    if first.label_ != PERSON or second.label_ != PERSON or first.end != second.start:
        return False
    if len(first) + len(second) > MAX_NAME_WORDS or any(map(_title, first)):
        return False  # "[Sandy Hook Elementary Principal] [Dawn Hochsprung]": a title first
    if _shares_word(list(first), second):
        return False  # "to out-[Christie] [Chris Christie]"
    last = first[-1]
    return last.dep_ == "compound" and second.start <= last.head.i < second.end


def _shares_word(words: list[Token], span: Span) -> bool:
    """A word of the span again: no name repeats its own words."""
    return bool({t.lower_ for t in words} & {t.lower_ for t in span})
