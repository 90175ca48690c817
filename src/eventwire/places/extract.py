"""Places of an article: toponyms geocoded offline, and region and border phrases.

Toponyms are found by places/toponyms.py. Each is resolved by places/geocode.py with the article's
countries (its actors, its country names, its dateline) as context. Phrases like "the south of
Belarus", "the southern flank", "on Belarusian soil" and "the border with Ukraine" become places
of kind `region` or `border` carrying the country (the article's focus country when none is
written).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Actor, Article, Evidence, Place
from eventwire.parse.nlp import doc_text, entities
from eventwire.parse.pubdate import publication_day
from eventwire.place_codes import shared_country_names
from eventwire.places.geocode import Gazetted, candidates, country_place, geocode
from eventwire.places.sources import ADMIN_PREFIXES
from eventwire.places.toponyms import toponym_spans
from eventwire.sectors import MEDIA
from eventwire.states_then import country_on

_DIR = r"north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center"
_ADJ = r"northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern"
_ADJ += r"|south-?western"
_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
REGION_OF = re.compile(
    rf"\bthe\s+(?P<dir>{_DIR})(?:\s+(?:part|parts|region|regions|area|areas))?\s+of\s+"
    rf"(?P<name>{_NAME})"
)
ADJECTIVE_REGION = re.compile(rf"\b(?P<dir>{_ADJ})\s+(?P<name>{_NAME})")
FLANK = re.compile(rf"\bthe\s+(?P<dir>{_ADJ}|{_DIR})\s+(?P<what>flank|border|frontier|regions?)\b")
SOIL = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?:soil|territory|land|airspace|waters)\b")
BORDER = re.compile(
    rf"\b(?:the|its|our|their)\s+borders?\s+(?:with|between)\s+(?P<a>{_NAME})"
    rf"(?:\s+and\s+(?P<b>{_NAME}))?"
)


@dataclass(frozen=True)
class Found:
    """A located stretch of text, before it becomes a Place record."""

    start: int
    end: int
    name: str
    entry: Gazetted | None
    kind: str


def context_countries(
    doc: Doc, article: Article, actors: list[Actor], dateline: Gazetted | None
) -> frozenset[str]:
    """The countries an article is about: its actors', its country names', its dateline's.
    A news outlet's country says where it is based, not where its story is ("BEIRUT (AP)":
    Geneva is Switzerland's)."""
    codes = {
        a.country.value
        for a in actors
        if a.country and not _ambiguous_code(a.country.value, a.country.evidence) and not _media(a)
    }
    for ent in entities(doc):
        country = country_of(ent.text)
        if country and not _foreign_state(ent.text, country.iso3):
            codes.add(country.iso3)
    if dateline and dateline.country:
        codes.add(dateline.country)
    return frozenset(codes | _shared_names_meant(doc, article, codes) | _dateline_state(dateline))


def _dateline_state(dateline: Gazetted | None) -> set[str]:
    """The state or province of a dateline's town: among towns that share a name, the one in
    the dateline's state ("Columbia" in a story from "GREENVILLE, S.C.")."""
    if dateline is None or dateline.feature not in ("city", "admin2") or not dateline.admin1:
        return set()
    return {ADMIN_PREFIXES.sub("", dateline.admin1)}


def _media(actor: Actor) -> bool:
    return actor.sector is not None and actor.sector.value == MEDIA


def _shared_names_meant(doc: Doc, article: Article, named: set[str]) -> set[str]:
    """ "Congo" in 1990 news is the Congo Republic, in 2010 news the former Zaire: the
    country a shared name meant (`place_codes.SharedName.meant`)."""
    shared = (shared_country_names().get(ent.text) for ent in entities(doc))
    day = publication_day(article)
    return {s.meant(named, day) for s in shared if s is not None}


def _ambiguous_code(iso3: str, evidence: Evidence | None) -> bool:
    """An actor coded GEO for 'the University of Georgia': the words that gave the code name
    a foreign state too, so they do not tell the article's country."""
    return evidence is not None and _foreign_state(evidence.text, iso3)


def _foreign_state(name: str, iso3: str) -> bool:
    """'Georgia' names a country and a US state, 'Congo' two countries: the name alone says
    nothing of the country."""
    return any(e.feature in ("admin1", "country") and e.country != iso3 for e in candidates(name))


def dateline_entry(article: Article) -> Gazetted | None:
    """The dateline's place, inside the country or state the dateline writes after it
    ("PORTLAND, Maine" is not Oregon's; "COLUMBUS, Ga." not Ohio's)."""
    place = article.dateline_place
    if place is None:
        return None
    region = article.dateline_region.evidence if article.dateline_region else None
    within = geocode(region.text) if region else None
    return geocode(place.value.title(), within=within)


def _next_container(name: str, text: str, end: int, context: frozenset[str]) -> Gazetted | None:
    """'Paris, Texas': the region or country written right after a name; not after a state
    or country name, which is rather an item of a list ('Missouri, Washington, Ohio')."""
    match = re.match(rf",\s+({_NAME})", text[end:])
    if not match or any(e.feature in ("country", "admin1") for e in candidates(name)):
        return None
    entry = geocode(match[1], context)
    return entry if entry and entry.feature in ("country", "admin1") else None


DESCRIPTOR_AFTER = re.compile(r"\s+(state|province|prefecture|county)\b", re.I)
STATE_OFFICES = word_set("state_office")
TOWN_BEFORE = re.compile(r"[A-Z][\w’'.-]*,\s+$")  # 'Buffalo, New York'
DISTRICT_BEFORE = re.compile(r"\bDistrict\s+of\s+$")  # 'the Western District of New York'


def _described(name: str, text: str, start: int, end: int) -> str | None:
    """The kind of place a name is written as: 'Washington state', and a name that is a city
    and a state of its own but no country ('New York') read as the state after a town or a
    federal district ('Buffalo, New York') or before a state's office ('the New York attorney
    general', 'Washington Gov. Jay Inslee')."""
    descriptor = DESCRIPTOR_AFTER.match(text, end)
    if descriptor:
        return descriptor[1]
    if any(e.feature == "country" for e in candidates(name)):
        return None  # 'Monterrey, Mexico' is the country, not the state of México
    following = text[end : end + 40].split()
    word = following[0].lower().rstrip(",;:") if following else ""
    if word in STATE_OFFICES or word.rstrip(".") in STATE_OFFICES:
        return "state"
    before = text[max(0, start - 40) : start]
    return "state" if TOWN_BEFORE.search(before) or DISTRICT_BEFORE.search(before) else None


def _resolve(
    doc: Doc, spans: list[tuple[int, int]], context: Callable[[str], frozenset[str]]
) -> list[Found]:
    """Each span geocoded with the context its name is read in."""
    found = []
    text = doc_text(doc)
    for start, end in spans:
        name = text[start:end]
        around = context(name)
        container = _next_container(name, text, end, around)
        entry = geocode(name, around, container, _described(name, text, start, end))
        found.append(Found(start, end, entry.name if entry else name, entry, "toponym"))
    return found


def _named_besides(first: list[Found], text: str) -> Callable[[str], frozenset[str]]:
    """For a name, the countries and states the article's other names were read as: 'Georgia'
    read as the country must not vouch for itself when Alabama and Iowa are named beside it.
    What each name was read as is gathered once, not again for every name (an article names
    dozens of places)."""
    read_as: dict[str, set[str]] = {}
    for f in first:
        if f.entry and f.entry.feature in ("country", "admin1"):
            values = (f.entry.country, f.entry.admin1)
            read_as.setdefault(text[f.start : f.end], set()).update(v for v in values if v)
    return lambda name: frozenset().union(*(v for other, v in read_as.items() if other != name))


def _toponyms(
    doc: Doc, context: frozenset[str], actors: list[Actor], article: Article
) -> list[Found]:
    """Geocoded twice: the countries and states the other names were read as in the first
    pass ('Indiana') then decide the smaller places ('Scott County', 'Austin')."""
    dateline = article.dateline_place.evidence.text if article.dateline_place else None
    spans = toponym_spans(doc, actors, dateline)
    text = doc_text(doc)
    first = _resolve(doc, spans, lambda _: context)
    besides = _named_besides(first, text)
    second = _resolve(doc, spans, lambda name: context | besides(name))
    return _as_siblings(text, second)


LIST_JOINT = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*")


def _listed_with(text: str, found: list[Found], i: int) -> list[Gazetted]:
    """The entries of the names listed right before and after the i-th ('A, B and C')."""
    near = []
    if i > 0 and LIST_JOINT.fullmatch(text[found[i - 1].end : found[i].start]):
        near.append(found[i - 1].entry)
    if i + 1 < len(found) and LIST_JOINT.fullmatch(text[found[i].end : found[i + 1].start]):
        near.append(found[i + 1].entry)
    return [e for e in near if e is not None]


def _as_siblings(text: str, found: list[Found]) -> list[Found]:
    """A name listed among states is a state ('Missouri, Washington and Ohio'), one listed among
    countries a country, when the gazetteer has it as such in the same country."""
    out = []
    for i, f in enumerate(found):
        for sibling in _listed_with(text, found, i):
            if f.entry is None or sibling.feature not in ("admin1", "country"):
                continue
            same = [
                e
                for e in candidates(text[f.start : f.end])
                if e.feature == sibling.feature
                and (e.country == sibling.country or e.feature == "country")
            ]
            if same and f.entry.feature != sibling.feature:
                f = Found(f.start, f.end, same[0].name, same[0], f.kind)
        out.append(f)
    return out


def _country_entry(name: str) -> Gazetted | None:
    """A country by name or demonym ('Belarus', 'Belarusian')."""
    country = country_of(name)
    return country_place(country.iso3) if country else None


def _region(match: re.Match[str], entry: Gazetted | None, label: str) -> Found | None:
    if entry is None:
        return None
    direction = match["dir"].lower().replace("-", "")
    adjective = direction if direction.endswith(("ern", "central")) else f"{direction}ern"
    adjective = "central" if direction in ("centre", "center") else adjective
    name = f"{adjective} {label}"
    return Found(match.start(), match.end(), name, entry, "region")


def _regions(text: str, focus: Gazetted | None, context: frozenset[str]) -> list[Found]:
    """'the south of Belarus', 'southern Belarus', 'the southern flank', 'Belarusian soil'."""
    found = []
    for pattern in (REGION_OF, ADJECTIVE_REGION):
        for match in pattern.finditer(text):
            entry = geocode(match["name"], context)
            found.append(_region(match, entry, entry.name if entry else ""))
    for match in FLANK.finditer(text):
        found.append(_region(match, focus, f"{match['what']} of {focus.name}" if focus else ""))
    for match in SOIL.finditer(text):
        entry = _country_entry(match["name"])
        if entry:
            found.append(Found(match.start(), match.end(), match[0], entry, "region"))
    return [f for f in found if f is not None]


def _borders(text: str, focus: Gazetted | None) -> list[Found]:
    """'the border with Ukraine' (the focus country's), 'the border between A and B'."""
    found = []
    for match in BORDER.finditer(text):
        first = _country_entry(match["a"])
        second = _country_entry(match["b"]) if match["b"] else None
        if first is None:
            continue
        own, other = (first, second) if second else (focus, first)
        if own is None or other is None or own.country == other.country:
            continue
        end = match.end("b") if second else match.end("a")
        name = f"{own.name}–{other.name} border"
        found.append(Found(match.start(), end, name, own, "border"))
    return found


def focus_country(dateline: Gazetted | None, toponyms: list[Found]) -> Gazetted | None:
    """The dateline's country, else the country the toponyms name most."""
    if dateline and dateline.country:
        return country_place(dateline.country)
    counts = Counter(f.entry.country for f in toponyms if f.entry and f.entry.country)
    return country_place(counts.most_common(1)[0][0]) if counts else None


def _record(index: int, text: str, found: Found, on: date | None) -> Place:
    """A place coded with the state of the article's day (Belgrade in 1998 is Yugoslavia's)."""
    entry = found.entry
    exact = found.kind == "toponym" and entry is not None
    country = entry.country if entry else None
    return Place(
        id=f"p{index}",
        evidence=Evidence.of(text, found.start, found.end),
        name=found.name,
        lat=round(entry.lat, 4) if exact and entry else None,
        lon=round(entry.lon, 4) if exact and entry else None,
        country=country_on(country, on, place=True) if country and on else country,
        admin1=entry.admin1 if entry else None,
        feature=entry.feature if exact and entry else found.kind,
        geonameid=entry.geonameid if exact and entry else None,
        kind=found.kind,
    )


def extract_places(doc: Doc, article: Article, actors: list[Actor]) -> list[Place]:
    """Toponyms, regions and borders with coordinates and ISO3 country where known."""
    dateline = dateline_entry(article)  # read once: its region is geocoded too
    context = context_countries(doc, article, actors, dateline)
    toponyms = _toponyms(doc, context, actors, article)
    focus = focus_country(dateline, toponyms)
    found = toponyms + _regions(doc_text(doc), focus, context) + _borders(doc_text(doc), focus)
    found.sort(key=lambda f: (f.start, -f.end))
    on = publication_day(article)
    return [_record(i, article.text, f, on) for i, f in enumerate(found, start=1)]
