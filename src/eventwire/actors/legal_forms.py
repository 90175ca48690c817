"""The country a company's legal form says: "Dresdner Bank AG" is German, "Reiss & Co. B.V."
Dutch, "Nashua Corp." in a story naming the U.S. American. News names a foreign firm's
country when it matters and its home readers' firms bare, but the form the firm is registered
under still says where: a form one state's law has (B.V., S.p.A., K.K.) says it alone, a
form several states share (AG, Inc., S.A.) picks the one the article names
(`legal_forms.tsv`). A firm's form says where it is registered, not where its story is set,
so it casts no vote for the article's home (`article_home`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span

from eventwire.actors.org_places import place_country
from eventwire.codes import country_of, province_countries
from eventwire.lexicons import read_table, word_set
from eventwire.model import Code, Evidence
from eventwire.parse.nlp import doc_text, entities, per_doc

FORM = "legal form"
PLACE = "GPE"
NAMING_LABELS = frozenset({PLACE, "NORP"})  # "Toronto", "Swiss"


@dataclass(frozen=True)
class LegalForm:
    """The states whose company law has a form, and the one taken when none is named."""

    states: tuple[str, ...]
    default: str | None


@cache
def legal_forms() -> dict[str, LegalForm]:
    """Lower-case form ("ag", "s.a. de c.v.") → its states."""
    return {
        row[0]: LegalForm(tuple(row[1].split()), row[2] if len(row) > 2 and row[2] else None)
        for row in read_table("legal_forms.tsv")
    }


@cache
def company_endings() -> frozenset[str]:
    """Words that end a firm's name: the corporate words ("Co", "Holdings") and the one-word
    legal forms ("Corp.", "AG")."""
    forms = (form for form in legal_forms() if " " not in form)
    return word_set("corporate_suffix") | frozenset(forms)


def legal_form_country(span: Span) -> Code | None:
    """The country of the form ending an organisation's name, with the form as evidence; none
    when the rest of the name is a country or a state, whose "AG" or "Co." abbreviates an
    office or a county ("the Texas AG"), not a form."""
    found = _form_at_end(span)
    if found is None:
        return None
    form, start = found
    text = doc_text(span.doc)
    rest = text[span.start_char : start].strip(" ,")
    if not rest or country_of(rest) is not None or rest in province_countries():
        return None
    named = named_countries(span.doc)
    entry = legal_forms()[form]
    state = _registered_in([s for s in entry.states if s in named], entry.default)
    if state is None:
        return None
    return Code(value=state, evidence=Evidence.of(text, start, span.end_char), method=FORM)


def _registered_in(named: list[str], default: str | None) -> str | None:
    """The one state of the form the article names; none named, the form's own state; several
    (a Canadian "Ltd." in a story naming Britain too), the own state if named, else none."""
    if len(named) == 1:
        return named[0]
    return default if not named or default in named else None


def _form_at_end(span: Span) -> tuple[str, int] | None:
    """The longest form the name ends with, after a space or comma, and where it starts."""
    text = span.text.lower()
    for form in _longest_first():
        before = len(text) - len(form)
        if before > 0 and text.endswith(form) and text[before - 1] in " ,":
            return form, span.start_char + before
    return None


@cache
def _longest_first() -> tuple[str, ...]:
    return tuple(sorted(legal_forms(), key=len, reverse=True))


def named_countries(doc: Doc) -> frozenset[str]:
    """The countries the article names, names the people of ("Swiss") or names a place in
    ("Toronto", "Mass."), anywhere in it."""
    return per_doc(doc, "named_countries", _named_countries)


def _named_countries(doc: Doc) -> frozenset[str]:
    named = (_named_country(e) for e in entities(doc) if e.label_ in NAMING_LABELS)
    return frozenset(iso3 for iso3 in named if iso3 is not None)


def _named_country(entity: Span) -> str | None:
    """A place's country, or the country of a people ("Swiss")."""
    if entity.label_ == PLACE:
        return place_country(entity.text)
    country = country_of(entity.text)
    return country.iso3 if country is not None else None
