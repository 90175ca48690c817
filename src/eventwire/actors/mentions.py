"""Candidate actor mentions in a parsed article: names, titles, groups, countries, pronouns.

Each candidate carries the codes its own words justify (a demonym → country, a title → sector and
role) with their evidence. `actors.coreference` then links candidates into actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from eventwire.codes import (
    CountryName,
    KnownOrganization,
    country_of,
    group_lexicon,
    names_ethnicity,
    organization_lexicon,
    role_lexicon,
)
from eventwire.model import ActorType, Code, Evidence, MentionKind
from eventwire.parse.nlp import doc_text, load_nlp
from eventwire.parse.quotemarks import inside, quoted_spans

MAX_TITLE_TOKENS = 7
MAX_GROUP_MODIFIERS = 2
MAX_ROLE_WORDS = 5
MAX_COUNTRY_TOKENS = 6  # "Democratic People's Republic of Korea"
PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
TITLE_EXTRAS = {"counterpart", "former", "deputy", "acting", "first", "vice", "senior", "top"}
POSSESSIVES = {"'s", "’s", "'"}


@cache
def organization_matcher(vocab: Vocab) -> PhraseMatcher:
    """Known organisation names and aliases, matched case-sensitively."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    tokenizer = load_nlp().tokenizer
    matcher.add("ORG", [tokenizer(name) for name in organization_lexicon()])
    return matcher


@dataclass
class Candidate:
    """One mention before resolution; `key` groups mentions of the same named actor."""

    kind: MentionKind
    type: ActorType
    start: int
    end: int
    name: str
    key: str
    token_index: int
    in_quote: bool
    country: Code | None = None
    sector: Code | None = None
    role: Code | None = None
    gloss_of: int | None = None  # index of a bracketed name that explains this nominal
    refers_back: bool = False  # "counterpart": role is copied from the other party
    extra: dict[str, str] = field(default_factory=dict)


@cache
def _role_heads() -> frozenset[str]:
    """Last words of title phrases: the nouns a nominal mention ends with."""
    return frozenset(phrase[-1] for phrase in role_lexicon())


@cache
def _title_words() -> frozenset[str]:
    words = {word for phrase in role_lexicon() for word in phrase}
    return frozenset(words | TITLE_EXTRAS | {"of", "the"})


def _code(doc: Doc, value: str, start: int, end: int) -> Code:
    return Code(value=value, evidence=Evidence.of(doc_text(doc), start, end))


def _trimmed(span: Span) -> Span:
    """Drop surrounding whitespace, punctuation and a possessive "'s" from an entity span."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].lower_ == "the"):
        start += 1
    while end > start and (
        span.doc[end - 1].is_space
        or span.doc[end - 1].text in POSSESSIVES
        or span.doc[end - 1].is_punct
    ):
        end -= 1
    opened = [t.i for t in span.doc[start:end] if t.text in "(["]
    closed = any(t.text in ")]" for t in span.doc[start:end])
    if opened and not closed:  # "Department of Agriculture (DA": keep the name, not the bracket
        return _trimmed(span.doc[start : opened[0]])
    return span.doc[start:end]


def find_role(doc: Doc, tokens: list[Token]) -> tuple[Code, Code] | None:
    """The longest title phrase among the tokens, as (sector, role) codes with evidence."""
    tokens = [t for t in tokens if t.text != "-"]  # "Vice-President" = "vice president"
    lowers = [t.lower_ for t in tokens]
    lexicon = role_lexicon()
    best: tuple[int, int] | None = None
    for i in range(len(lowers)):
        for size in range(min(MAX_ROLE_WORDS, len(lowers) - i), 0, -1):
            if tuple(lowers[i : i + size]) in lexicon:
                if best is None or size > best[1] - best[0]:
                    best = (i, i + size)
                break
    if best is None:
        return None
    first, last = tokens[best[0]], tokens[best[1] - 1]
    role = lexicon[tuple(lowers[best[0] : best[1]])]
    start, end = first.idx, last.idx + len(last)
    return _code(doc, role.sector, start, end), _code(doc, role.role, start, end)


def find_country(doc: Doc, tokens: list[Token]) -> Code | None:
    """The first country name or demonym among the tokens (multi-word names included)."""
    for i in range(len(tokens)):
        for size in (3, 2, 1):
            chunk = tokens[i : i + size]
            if len(chunk) < size:
                continue
            surface = doc_text(doc)[chunk[0].idx : chunk[-1].idx + len(chunk[-1])]
            country = country_of(surface)
            if country is not None:
                return _code(doc, country.iso3, chunk[0].idx, chunk[0].idx + len(surface))
    return None


def title_window(span: Span) -> list[Token]:
    """Title words right before a name: "Belarusian President", "his Belarusian counterpart"."""
    doc, words = span.doc, _title_words()
    window: list[Token] = []
    index = span.start - 1
    while index >= span.sent.start and len(window) < MAX_TITLE_TOKENS:
        token = doc[index]
        if token.lower_ in {"his", "her", "its", "their"}:
            window.insert(0, token)
            break
        titled = token.is_title or token.is_upper or token.text in POSSESSIVES | {"-"}
        fits = titled or token.lower_ in words or token.pos_ == "ADJ" or _is_place(token)
        if token.lower_ == "the" or not fits:
            break
        window.insert(0, token)
        index -= 1
    return window


def _is_place(token: Token) -> bool:
    return country_of(token.text) is not None


def appositive_window(span: Span) -> list[Token]:
    """ ", Belarus's defense minister," after a name: the words up to the next punctuation."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return []
    window = []
    for token in doc[span.end + 1 : min(span.sent.end, span.end + 1 + MAX_TITLE_TOKENS)]:
        if token.is_punct and token.text not in POSSESSIVES:
            break
        if token.pos_ in {"VERB", "AUX"}:
            return []
        window.append(token)
    return window


def of(span: Span) -> list[Token]:
    """ "President Macron of France": the words of an "of" phrase right after a name."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].lower_ != "of":
        return []
    return list(doc[span.end + 1 : min(span.sent.end, span.end + 1 + MAX_COUNTRY_TOKENS)])


class MentionFinder:
    """Collects candidates from one Doc; each `_find_*` method handles one kind of mention."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.quotes = quoted_spans(doc_text(doc))
        self.claimed: set[int] = set()  # token indices already part of a mention or title
        self.candidates: list[Candidate] = []
        self.organizations: list[Span] | None = None  # known names, matched once

    def find(self, agency: Evidence | None = None) -> list[Candidate]:
        """All candidates in text order; `agency` is the dateline's agency, itself an actor."""
        if agency is not None:
            self._find_agency(agency)
        self._find_people()
        self._find_organizations()
        self._find_groups()
        self._find_nominals()
        self._find_countries()
        self._find_pronouns()
        return sorted(self.candidates, key=lambda c: c.start)

    def _add(
        self,
        kind: MentionKind,
        type_: ActorType,
        span: Span,
        key: str,
        name: str | None = None,
        **codes: Code | None,
    ) -> Candidate:
        candidate = Candidate(
            kind=kind,
            type=type_,
            start=span.start_char,
            end=span.end_char,
            name=name or span.text,
            key=key,
            token_index=span.start,
            in_quote=inside(self.quotes, span.start_char),
            **codes,
        )
        self.candidates.append(candidate)
        self.claimed.update(range(span.start, span.end))
        return candidate

    def _free(self, span: Span) -> bool:
        return not any(i in self.claimed for i in range(span.start, span.end))

    def _find_agency(self, agency: Evidence) -> None:
        org = organization_lexicon().get(agency.text)
        span = self.doc.char_span(agency.start, agency.end, alignment_mode="expand")
        if org is not None and span is not None:
            self._add_organization(span, org, evidence=agency)

    def _find_people(self) -> None:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON":
                continue
            span = _trimmed(ent)
            span = self._strip_leading_title(span)
            if not len(span) or country_of(span.text) or span.text in organization_lexicon():
                continue
            self._add_person(span)

    def _strip_leading_title(self, span: Span) -> Span:
        """NER sometimes includes the title ("President Putin"); keep only the name."""
        start = span.start
        while start < span.end - 1 and span.doc[start].lower_ in _title_words():
            start += 1
        return span.doc[start : span.end]

    def _add_person(self, span: Span) -> None:
        before, after = title_window(span), appositive_window(span)
        role = find_role(self.doc, before) or find_role(self.doc, after)
        country = find_country(self.doc, before) or find_country(self.doc, after + of(span))
        org = self._organization_in(before + after)
        sector = role[0] if role else None
        if org is not None:  # "Arab League Secretary General": the organisation's codes
            country = country or Code(value=org.country)
        if org is not None and (sector is None or sector.value == "GOV"):
            sector = Code(value=org.sector, evidence=sector.evidence if sector else None)
        surname = span[-1].text.lower()
        candidate = self._add(
            MentionKind.NAME,
            ActorType.PERSON,
            span,
            key=surname,
            country=country,
            sector=sector,
            role=role[1] if role else None,
        )
        candidate.refers_back = any(t.lower_ == "counterpart" for t in before)
        self.claimed.update(t.i for t in before + after)

    def _organization_in(self, tokens: list[Token]) -> KnownOrganization | None:
        """A known organisation named in a title ("Arab League Secretary General")."""
        window = {t.i for t in tokens}
        for span in self._known_organizations():
            if span.start in window and span.end - 1 in window:
                return organization_lexicon()[span.text]
        return None

    def _known_organizations(self) -> list[Span]:
        if self.organizations is None:
            matches = organization_matcher(self.doc.vocab)(self.doc, as_spans=True)
            self.organizations = filter_spans(matches)  # the longest of overlapping names
        return self.organizations

    def _find_organizations(self) -> None:
        lexicon = organization_lexicon()
        for span in self._known_organizations():
            if self._free(span):
                self._add_organization(span, lexicon[span.text])
        for ent in self.doc.ents:
            span = _trimmed(ent)
            if ent.label_ == "ORG" and len(span) and self._free(span):
                self._add_unknown_organization(span)

    def _add_organization(
        self, span: Span, org: KnownOrganization, evidence: Evidence | None = None
    ) -> None:
        """A known organisation; `evidence` narrows a token that carries punctuation."""
        start, end = (
            (evidence.start, evidence.end) if evidence else (span.start_char, span.end_char)
        )
        country = _code(self.doc, org.country, start, end)
        sector = _code(self.doc, org.sector, start, end)
        surface = doc_text(self.doc)[start:end]
        kind = (
            MentionKind.ACRONYM if surface.isupper() and surface != org.name else MentionKind.NAME
        )
        candidate = self._add(
            kind,
            ActorType.ORGANIZATION,
            span,
            key=org.name,
            name=org.name,
            country=country,
            sector=sector,
        )
        candidate.start, candidate.end = start, end

    def _add_unknown_organization(self, span: Span) -> None:
        """An organisation NER found: its own words may say its country and sector."""
        if country_of(span.text) is not None:
            return
        role = find_role(self.doc, list(span))
        group = _group_sector(list(span))
        sector = role[0] if role else group
        if sector is None and span.root.lower_ in {"agency", "newspaper", "television"}:
            sector = _code(self.doc, "MED", span.root.idx, span.root.idx + len(span.root))
        self._add(
            MentionKind.NAME,
            ActorType.ORGANIZATION,
            span,
            key=span.text.lower(),
            country=find_country(self.doc, list(span)),
            sector=sector,
        )

    def _find_groups(self) -> None:
        """ "Russian troops", "Israel's high court", "the Russian and Belarusian troops"."""
        for token in self.doc:
            if token.i in self.claimed or not (token.is_title or token.is_upper):
                continue
            found = _country_modifier(token)
            if found is None:
                continue
            country, modifier_end = found
            head = _group_head(self.doc, modifier_end)
            if head is None:
                continue
            sector = _group_sector(list(self.doc[head[0] : head[1]]))
            adjacent = head[0] - modifier_end <= MAX_GROUP_MODIFIERS and not any(
                t.lower_ in {"and", ","} for t in self.doc[modifier_end : head[0]]
            )
            span = self.doc[token.i : head[1] if adjacent else modifier_end]
            name = f"{self.doc[token.i : modifier_end].text} {self.doc[head[0] : head[1]].text}"
            self._add(
                MentionKind.DEMONYM,
                ActorType.GROUP,
                span,
                key=f"{country.iso3}:{sector.value if sector else ''}",
                name=name,
                country=_code(
                    self.doc,
                    country.iso3,
                    token.idx,
                    self.doc[modifier_end - 1].idx + len(self.doc[modifier_end - 1]),
                ),
                sector=sector,
            )

    def _find_countries(self) -> None:
        for token in self.doc:
            if token.i in self.claimed or not (token.is_title or token.is_upper):
                continue
            for size in range(MAX_COUNTRY_TOKENS, 0, -1):
                span = self.doc[token.i : token.i + size]
                if len(span) < size or _ragged(span):
                    continue
                country = country_of(span.text)
                if country and self._ethnic_group(span):
                    break
                if country and self._free(span):
                    # "an Australian ultimatum" refers to Australia as much as its name does
                    self._add(
                        MentionKind.DEMONYM if country.is_demonym else MentionKind.NAME,
                        ActorType.COUNTRY,
                        span,
                        key=country.iso3,
                        country=_code(self.doc, country.iso3, span.start_char, span.end_char),
                    )
                    break

    def _ethnic_group(self, span: Span) -> bool:
        """ "ethnic Albanians": a people, a group actor with no country of its own."""
        if not span.start or not names_ethnicity(self.doc[span.start - 1].text):
            return False
        group = self.doc[span.start - 1 : span.end]
        self._add(MentionKind.NAME, ActorType.GROUP, group, key=group.text.lower())
        return True

    def _find_nominals(self) -> None:
        """ "the Belarusian leader", "the president": a title standing for a person."""
        for token in self.doc:
            if token.i in self.claimed or token.lower_ not in _role_heads():
                continue
            if not _is_head_noun(token):  # "general" in "the general election"
                continue
            phrase = _nominal_phrase(token)
            if phrase is None:
                continue
            role = find_role(self.doc, list(phrase))
            if role is None:
                continue
            country = find_country(self.doc, list(phrase))
            candidate = self._add(
                MentionKind.TITLE,
                ActorType.PERSON,
                phrase,
                key="",
                country=country,
                sector=role[0],
                role=role[1],
            )
            candidate.gloss_of = self._bracket_gloss(phrase)

    def _bracket_gloss(self, phrase: Span) -> int | None:
        """ "the president [Russian President Vladimir Putin]": the bracket names the person."""
        doc = self.doc
        if phrase.end < len(doc) and doc[phrase.end].text in {"[", "("}:
            for candidate in self.candidates:
                if (
                    candidate.kind == MentionKind.NAME
                    and candidate.type == ActorType.PERSON
                    and phrase.end < candidate.token_index <= phrase.end + MAX_TITLE_TOKENS
                ):
                    return candidate.start
        return None

    def _find_pronouns(self) -> None:
        for token in self.doc:
            if token.lower_ in PRONOUNS and token.pos_ == "PRON":
                span = self.doc[token.i : token.i + 1]
                candidate = self._add(MentionKind.PRONOUN, ActorType.PERSON, span, key="")
                candidate.extra["gender"] = PRONOUNS[token.lower_]


def _ragged(span: Span) -> bool:
    """Spans ending in whitespace or a possessive are not names; the shorter span is."""
    return span[-1].is_space or span[-1].text in POSSESSIVES


def _country_modifier(token: Token) -> tuple[CountryName, int] | None:
    """A country modifier starting at the token ("South Korean", "Israel's", "U.S."):
    the country and the index of the first token after it."""
    doc = token.doc
    if token.i and names_ethnicity(doc[token.i - 1].text):
        return None
    for size in (2, 1):
        span = doc[token.i : token.i + size]
        country = country_of(span.text) if len(span) == size and not _ragged(span) else None
        if country is None:
            continue
        if span.end < len(doc) and doc[span.end].text in POSSESSIVES:
            return country, span.end + 1
        if _hyphenated(span):
            return None  # "Belarus-Russia drills", "US-led": a compound, not a group's country
        return country, span.end  # a demonym, or a name used attributively ("U.S. officials")
    return None


def _hyphenated(span: Span) -> bool:
    doc = span.doc
    before = span.start > 0 and doc[span.start - 1].text == "-"
    return before or (span.end < len(doc) and doc[span.end].text == "-")


def _group_head(doc: Doc, index: int) -> tuple[int, int] | None:
    """Token range of the collective noun after a country modifier: "troops" in "Russian
    troops", "Russian and Belarusian troops", "Liberian riot police", "Tamil civilian refugees"."""
    while index < len(doc) and (
        doc[index].lower_ in {"and", ","} or country_of(doc[index].text) is not None
    ):
        index += 1
    for skip in range(MAX_GROUP_MODIFIERS + 1):
        at = index + skip
        if skip and doc[at - 1].pos_ not in {"ADJ", "NOUN", "PROPN"}:
            return None
        for size in (3, 2, 1):
            words = tuple(t.lower_ for t in doc[at : at + size])
            if (
                len(words) == size
                and words in group_lexicon()
                and _is_head_noun(doc[at + size - 1])
            ):
                return at, at + size
    return None


def _is_head_noun(token: Token) -> bool:
    """ "military" in "the Russian military" heads a group; in "military drills" it does not."""
    return token.pos_ in {"NOUN", "PROPN"} and token.dep_ not in {"amod", "compound"}


def _group_sector(tokens: list[Token]) -> Code | None:
    lexicon = group_lexicon()
    for size in (3, 2, 1):
        for i in range(len(tokens) - size + 1):
            chunk = tokens[i : i + size]
            words = tuple(t.lower_ for t in chunk)
            if words in lexicon:
                start, end = chunk[0].idx, chunk[-1].idx + len(chunk[-1])
                return _code(chunk[0].doc, lexicon[words], start, end)
    return None


def _nominal_phrase(noun: Token) -> Span | None:
    """ "the Belarusian leader", "Taiwan's foreign minister": determiner or country + modifiers
    + title noun, not followed by a name."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        return None
    start = noun.i
    while start > noun.sent.start and (
        doc[start - 1].dep_ in {"amod", "compound", "nmod", "det", "poss", "case"}
        or doc[start - 1].text == "-"
    ):
        start -= 1
    phrase = doc[start : noun.i + 1]
    definite = doc[start].lower_ in {"the", "this", "a", "an"}
    if not definite and find_country(doc, list(phrase)) is None:
        return None
    return phrase
