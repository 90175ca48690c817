"""Which stretches of text are place names.

A span is a toponym when spaCy's NER labels it a place (GPE, LOC, FAC), or when the gazetteer
knows it as a country, region or large city and it stands where a name stands (a proper noun,
inside no date, person or organisation entity), or when it is a town of any size listed with
towns of its country or written in its state ('Moonbi, Parkes and Wyong', 'Warwick in
Queensland'). Either way it is not a toponym when it is:
- an acronym the gazetteer knows only as an alternate name or an ISO code ('NBC', 'GOP', 'VA'
  for Vatican City, 'ER' for Eritrea), unless it is a written form of a country ('U.S.');
- a person's name: a word of a person named in the article ('Reno' after 'Janet Reno');
- a word that names no place on its own (lexicons/not_places.tsv: 'Earth', 'Kingdom') or a
  well-known organisation (lexicons/organizations.tsv: 'UNITED NATIONS' as a heading);
- lower-case ('the gulf'), a demonym ('Ukrainian'), or part of a disease's name ('Marburg
  virus'; lexicons/not_places.tsv lists diseases named without one: 'Ebola').
A person's word blocks only a span that NER did not itself label a place, and only words of
people whose name is no gazetteer place ('Milton Keynes' labelled PERSON is still a town).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress

from spacy.tokens import Doc, Span

from eventwire.model import Actor
from eventwire.parse.deps import MODIFIER_OR_OWNER_DEPS
from eventwire.parse.nlp import NAME_ENTITIES, PLACE_ENTITIES, doc_text, entities
from eventwire.places.capital_speakers import capital_acting
from eventwire.places.geocode import Gazetted, alias_meant, candidates, geocode
from eventwire.places.place_name_checks import (
    acceptable,
    bare_word,
    capitalised,
    inside_organisation,
    names_a_disease,
    no_place_entity,
    person_words,
    strong,
)
from eventwire.places.swallowed import time_start
from eventwire.places.titled import after_title

BLOCKING_LABELS = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"}
BLOCKING_LABELS |= {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
MISLABELLED = NAME_ENTITIES
JOINT = re.compile(r",\s+|\s+(?:and|-|–)\s+")
JOINED = re.compile(rf"{JOINT.pattern}|-")  # 'Guinea-Bissau', which NER cuts at the hyphen
SIBLING_GAP = re.compile(r",\s*|,?\s+(?:and|or)\s+")
CONTAINER_GAP = re.compile(r",\s*|\s+in\s+")
TOWN_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*,\s*\Z")  # 'INDEPENDENCE, ' before a state
GAP_CHARS = 6  # ', and ' is the longest gap between listed names
Offsets = tuple[int, int]


def _trim(text: str, start: int, end: int) -> Offsets:
    """Without a leading 'the' (unless the name has it: 'The Hague'), trailing lower-case
    words ('Comoros archipelago') or a possessive ('Kenya's', 'the United States''), as
    gazetteers write names; nor the blank lines NER takes into a headline's last name."""
    end = start + len(text[start:end].rstrip())
    if text[start:end].lower().startswith("the ") and not candidates(text[start:end]):
        start += 4
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1][:1].islower() and candidates(" ".join(words[:-1])):
        words.pop()
    end = start + len(" ".join(words))
    for suffix in ("'s", "’s", "s'", "s’"):  # 'Kenya's', 'the United States'' (plural)
        if text[start:end].endswith(suffix):
            end -= 1 if suffix.startswith("s") else len(suffix)
    return start, end


def _blocked(doc: Doc) -> list[Offsets]:
    blocking = (e for e in entities(doc) if e.label_ in BLOCKING_LABELS)
    return [(time_start(e), e.end_char) for e in blocking]


def _overlaps(start: int, end: int, spans: list[Offsets]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _ner_spans(doc: Doc, people: frozenset[str], actors: list[Actor]) -> list[Offsets]:
    """NER's places, and its persons and organisations that the gazetteer knows as a country,
    region or large city (spaCy's small model often mislabels places), unless they are words
    of a person named in the article: after "Sen. Elizabeth Warren", a later "Warren" that NER
    calls a place is still the senator (a country, state or capital stays a place)."""
    text = doc_text(doc)
    surnames = frozenset(_surnames(actors))
    spans = []
    for e in entities(doc):
        mislabelled = e.label_ in MISLABELLED and strong(e.text) and _named_as_a_place(e)
        if not (e.label_ in PLACE_ENTITIES or mislabelled) or no_place_entity(e):
            continue
        for start, end in _parts(text, *_trim(text, e.start_char, e.end_char)):
            known = people if mislabelled else _one_word(text[start:end], surnames)
            if acceptable(text[start:end], known) and not names_a_disease(text, end):
                span = _with_next_word(text, _with_first_word(text, _with_dot(text, start, end)))
                spans.append(_with_article(text, span))
    return spans


def _named_as_a_place(entity: Span) -> bool:
    """A people's word NER tags NORP is a place only as a name standing alone ("bombed areas
    of Aleppo"), not as a modifier ("Thai officials", "Balkan states")."""
    if entity.label_ != "NORP":
        return True
    return all(t.pos_ == "PROPN" for t in entity) and entity.root.dep_ not in MODIFIER_OR_OWNER_DEPS


def _surnames(actors: list[Actor]) -> Iterator[str]:
    """The last words of the people the actors stage found named in full ('Elizabeth Warren'
    → 'Warren'); NER's own persons are not trusted here ('Trump Tower', 'Clinton Benghazi')."""
    for actor in actors:
        words = actor.name.split()
        if actor.type == "person" and len(words) > 1:
            yield bare_word(words[-1])


def _one_word(name: str, words: frozenset[str]) -> frozenset[str]:
    """`words` for a one-word name, none for a longer one ('Trump Tower' is no surname)."""
    return words if " " not in name else frozenset()


def _joined(text: str, spans: list[Offsets]) -> list[Offsets]:
    """Places NER split that are one country ('Trinidad' and 'Tobago', 'Guinea-Bissau')."""
    out: list[Offsets] = []
    for span in spans:
        if out and JOINED.fullmatch(text[out[-1][1] : span[0]]):
            whole = (out[-1][0], span[1])
            if any(e.feature == "country" for e in candidates(text[whole[0] : whole[1]])):
                out[-1] = whole
                continue
        out.append(span)
    return out


def _parts(text: str, start: int, end: int) -> list[Offsets]:
    """Two places NER joined ('Cattai and Wilberforce', 'Central Africa - Nigeria') when the
    whole is no gazetteer name ('Trinidad and Tobago' is) and each part is one."""
    if candidates(text[start:end]):
        return [(start, end)]
    cuts = [(start, start)] + [
        (start + m.start(), start + m.end()) for m in JOINT.finditer(text[start:end])
    ]
    parts = [(a[1], b[0]) for a, b in zip(cuts, [*cuts[1:], (end, end)], strict=True)]
    if len(parts) > 1 and all(candidates(text[a:b]) for a, b in parts):
        return parts
    return [(start, end)]


def _with_article(text: str, span: Offsets) -> Offsets:
    """'THE HAGUE' where NER took only 'HAGUE': the article belongs to the name."""
    start, end = span
    if text[max(0, start - 4) : start].lower() == "the " and candidates(text[start - 4 : end]):
        return start - 4, end
    return span


PREVIOUS_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s$")


NEXT_WORD = re.compile(r" [A-Z][\w'’-]*(?![\w'’-])")


def _with_dot(text: str, start: int, end: int) -> Offsets:
    """'INDEPENDENCE, MO.' where the tokenizer cut the period off a capitalised state
    abbreviation after a town: the period is part of the form the alias table knows ('the
    VA.' ending a sentence is the department, written after no town)."""
    dotted = text[start : end + 1]
    after_town = TOWN_BEFORE.search(text, max(0, start - 40), start) is not None
    known = dotted.endswith(".") and alias_meant(dotted) is not None
    return (start, end + 1) if known and after_town else (start, end)


def _with_next_word(text: str, span: Offsets) -> Offsets:
    """'Preah Vihear' where NER took only 'Preah': the capitalised word after a span belongs
    to it when the two are a place's own name in the gazetteer."""
    start, end = span
    word = NEXT_WORD.match(text, end)
    if word is None:
        return span
    longer = text[start : word.end()]
    if any(e.name.lower() == longer.lower() for e in candidates(longer)):
        return start, word.end()
    return span


def _with_first_word(text: str, span: Offsets) -> Offsets:
    """'Goz Beida' where NER took only 'Beida' (a town in Libya): the capitalised word before
    a span belongs to it when the two are a place's own name in the gazetteer."""
    start, end = span
    word = PREVIOUS_WORD.search(text, max(0, start - 30), start)
    if word is None:
        return span
    longer = text[word.start() : end]
    if any(e.name.lower() == longer.lower() for e in candidates(longer)):
        return word.start(), end
    return span


def _dateline_mentions(text: str, dateline: str | None) -> list[Offsets]:
    """Every mention of the dateline's place ('O'SMACH, Cambodia' and later 'O'Smach'), which
    the dateline has shown to be a place even where NER reads it as a person."""
    if not dateline:
        return []
    pattern = re.compile(rf"(?<!\w){re.escape(dateline)}(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def toponym_spans(
    doc: Doc, actors: list[Actor] | None = None, dateline: str | None = None
) -> list[Offsets]:
    """Offsets of place names: NER entities, the dateline's place, then gazetteer matches NER
    missed."""
    people = person_words(doc, actors or [])
    text = doc_text(doc)
    spans = _ner_spans(doc, people, actors or [])
    spans += [
        (start, end)
        for start, end in _dateline_mentions(text, dateline)
        if not _overlaps(start, end, spans) and acceptable(text[start:end], frozenset())
    ]
    spans = sorted(set(spans + _gazetteer_spans(doc, _blocked(doc) + spans, people)))
    spans = [
        s
        for s in spans
        if not (after_title(doc, *s) or inside_organisation(text, *s) or capital_acting(doc, *s))
    ]
    return _joined(text, sorted(spans + _listed_towns(doc, spans, people)))


def _gazetteer_spans(doc: Doc, taken: list[Offsets], people: frozenset[str]) -> list[Offsets]:
    """Capitalised names of one to three words that NER missed and the gazetteer knows well,
    longest first. A mask of the characters already taken keeps each test cheap."""
    text = doc_text(doc)
    mask = bytearray(len(text))
    for start, end in taken:
        mask[start:end] = b"\x01" * (end - start)
    upper = _capitalised_starts(doc)
    spans = []
    for length in (3, 2, 1):
        for i in range(len(doc) - length + 1):
            if not upper[i]:  # most words are not capitalised: the cheap test first
                continue
            words = doc[i : i + length]
            start, end = words.start_char, words.end_char
            if 1 in mask[start:end] or not capitalised(words) or not strong(words.text):
                continue
            mask[start:end] = b"\x01" * (end - start)
            if acceptable(words.text, people) and not names_a_disease(text, end):
                spans.append((start, end))
    return spans


def _capitalised_starts(doc: Doc) -> list[bool]:
    """Per token, whether its first character is a capital, read from the text at the tokens'
    offsets without making a Token object for each."""
    text = doc_text(doc)
    return [text[i : i + 1].isupper() for i in doc.to_array("IDX").tolist()]


def _listed_towns(doc: Doc, spans: list[Offsets], people: frozenset[str]) -> list[Offsets]:
    """Towns of any size NER missed that the text lists with a place of their country
    ('Moonbi, Parkes, Berry and Wyong') or places in a state or country ('Warwick in
    Queensland'): the list or the container says which of the gazetteer's towns is meant.
    A one-word 'person' so listed is one more town ('Parkes'), the words of a person the
    article names in full excepted."""
    text = doc_text(doc)
    taken = bytearray(len(text))
    for e in entities(doc):
        if e.label_ in BLOCKING_LABELS and not (e.label_ in MISLABELLED and len(e) == 1):
            taken[e.start_char : e.end_char] = b"\x01" * (e.end_char - e.start_char)
    for start, end in spans:
        taken[start:end] = b"\x01" * (end - start)
    places = list(spans)
    for i in compress(range(len(doc)), _capitalised_starts(doc)):
        token = doc[i]  # only here: spaCy builds a new Token object on every access
        start, end = token.idx, token.idx + len(token)
        if 1 in taken[start:end]:
            continue
        words = doc[i : i + 1]
        if (
            capitalised(words)
            and acceptable(words.text, people)
            and _town_beside(text, (start, end), places)
        ):
            places.append((start, end))
    return places[len(spans) :]


def _town_beside(text: str, span: Offsets, places: list[Offsets]) -> bool:
    """A town of this name lies in the country of a town listed beside it, or inside the
    state or country written right after it ('Fairview, W.Va.' is a town of West Virginia or
    none: a state after a comma is its container, not the next item of a list)."""
    start, end = span
    before = [p for p in places if 0 <= start - p[1] <= GAP_CHARS]
    after = [p for p in places if 0 <= p[0] - end <= GAP_CHARS]
    if not before and not after:
        return False
    name = text[start:end]
    towns = [
        e
        for e in candidates(name)
        if e.feature in ("city", "admin2") and e.name.lower() == name.lower()
    ]
    listed = [geocode(text[a:b]) for a, b in before if SIBLING_GAP.fullmatch(text[b:start])]
    holders = []
    for a, b in after:
        entry, gap = geocode(text[a:b]), text[end:a]
        if entry is not None and entry.feature in ("admin1", "country"):
            holders += [entry] if CONTAINER_GAP.fullmatch(gap) else []
        elif SIBLING_GAP.fullmatch(gap):
            listed.append(entry)
    # listed among towns: 'in the U.S., Nashua has' names a company after a country
    countries = {e.country for e in listed if e is not None and e.feature in ("city", "admin2")}
    return any(t.country in countries or any(_within(t, h) for h in holders) for t in towns)


def _within(town: Gazetted, place: Gazetted) -> bool:
    """In the place's country, and in the place itself when it is a state."""
    if town.country != place.country:
        return False
    return place.feature != "admin1" or town.admin1 == place.name
