"""The sector an unknown organisation's own name gives it: its head noun, the noun in
apposition to it, or the national institution its name starts with; or the kind of body the
words around it say it is ("the rebel X", "X, a Ugandan rebel group")."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from eventwire.actors.known_rows import builtin_rows, institution_rows
from eventwire.actors.legal_forms import company_endings
from eventwire.actors.name_causes import cause_sector
from eventwire.actors.phrases import code
from eventwire.code_phrases import group_phrases
from eventwire.codes import sense_body_sectors
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Code
from eventwire.parse.tags import POSSESSIVE_TAG
from eventwire.sectors import (
    ADVOCACY,
    BUSINESS,
    CIVILIANS,
    COURTS,
    GOVERNMENT,
    LEGISLATORS,
    MILITARY,
    POLICE,
    REBELS,
    RESEARCH,
    SPIES,
)

PHRASE_DEPS = frozenset({"prep", "pobj", "conj"})  # "of the X center at Y"
# heads that leave a group word before them its say: the state's own bodies, whose force or
# office says whose body it is ("Police Department"), and a fund or foundation, which a state or
# a party may run as well as a charity ("Congressional Leadership Fund", a PAC)
KEPT_HEAD_SECTORS = frozenset({GOVERNMENT, LEGISLATORS, COURTS, MILITARY, POLICE, SPIES, ADVOCACY})
# forces whose own schools a school head names ("Air Force Academy", "Police Academy"): the
# force's body, as before a state body's head; a paper's head ("Military Times") still wins
SCHOOLING_FORCES = frozenset({MILITARY, POLICE})


@cache
def institution_sectors() -> dict[str, str]:
    """Lower-case names of national institutions ("senate", "house") → their sector."""
    return {
        form.lower(): row.sector
        for row in institution_rows()
        if row.sector and row.type == ActorType.ORGANIZATION
        for form in (row.name, *row.aliases)
    }


def head_sector(span: Span) -> Code | None:
    """ "Refugee Office", "Freedom, a Swahili newspaper", "his publisher, W.W. Norton", "Senate
    Judiciary Committee": an organisation's head noun, the head of the phrase in apposition to
    it or that it stands in apposition to, or the institution its name starts with says what
    kind of body it is."""
    if span[0].lower_ in institution_sectors() and len(span) > 1:
        first = span[0]
        return code(
            span.doc, institution_sectors()[first.lower_], first.idx, first.idx + len(first)
        )
    last = span[-1]
    if last.lower_ in company_endings() and len(span) > 1:  # "Seagram Co."
        return code(span.doc, BUSINESS, last.idx, last.idx + len(last))
    first = span[0]
    if first.lower_ in word_set("corporate_prefix") and len(span) > 1:  # "Oy Waertsilae"
        return code(span.doc, BUSINESS, first.idx, first.idx + len(first))
    tribal = _sense_body(span)
    if tribal is not None:  # "Oneida Indian Nation": a tribe's government
        return tribal
    research = next((t for t in span if t.lower_ in word_set("research_word")), None)
    if research is not None:  # "Pew Research Center", "Center for Strategic Studies"
        return code(span.doc, RESEARCH, research.idx, research.idx + len(research))
    heads = [span.root, *(c for c in span.root.children if c.dep_ == "appos")]
    if span.root.dep_ == "appos":  # "his original publisher, W.W. Norton"
        heads.append(span.root.head)
    for head in heads:
        sector = word_map("organization_head").get(head.lower_)
        if sector:
            return code(span.doc, sector, head.idx, head.idx + len(head))
    return descriptor_sector(span) or cause_sector(span)  # "Front for the Liberation of X"


def host_school_sector(span: Span) -> Code | None:
    """ "the California Civic Engagement Project at the University of California", "the
    computer science department at Dartmouth College": a body placed "at" a university or
    college, right after its name however parsed or along its prepositions, is one of the
    school's units (EDU), whatever its own head noun says."""
    doc = span.doc
    right_after = span.end < len(doc) and doc[span.end].lower_ == "at"
    return (_host_at(doc[span.end]) if right_after else None) or school_at(span.root, span.end)


def school_at(word: Token, after: int) -> Code | None:
    """The school (EDU) that an "at" phrase hanging on the word, past the token `after`,
    names: "director of the Norman Lear Center for media and society at the University of
    Southern California"; only through prepositions and conjuncts, so a clause's "at" is none."""
    ats = (t for t in word.subtree if t.i >= after and t.lower_ == "at" and _hangs_on(t, word))
    return next((sector for sector in map(_host_at, ats) if sector is not None), None)


def _host_at(at: Token) -> Code | None:
    """The school sector (EDU) of the organisation NER names right after the "at"."""
    starts = {at.i + 1, at.i + 2}  # NER may take "the"
    host = next((e for e in at.doc.ents if e.start in starts and e.label_ == "ORG"), None)
    return _school_sector(host) if host is not None else None


def _hangs_on(at: Token, word: Token) -> bool:
    """The "at" reaches the word through prepositions, their objects and conjuncts only, and
    through no act of force: "mother of a victim of the shooting at Kenton University" places
    the shooting, not the mother, at the school."""
    token = at
    while token.i != word.i:
        if token.dep_ not in PHRASE_DEPS or token.head.i == token.i:
            return False
        if token.dep_ == "pobj" and token.lemma_.lower() in word_set("force_act_noun"):
            return False
        token = token.head
    return True


def _school_sector(host: Span) -> Code | None:
    """A university's or college's sector (EDU): a school word in its name ("the Eagleton
    Institute of Politics at Rutgers University") or a research body's head."""
    heads = word_map("organization_head")
    school = next((t for t in host if heads.get(t.lower_) == RESEARCH), None)
    if school is not None:
        return code(host.doc, RESEARCH, school.idx, school.idx + len(school))
    sector = head_sector(host)
    return sector if sector is not None and sector.value == RESEARCH else None


def _sense_body(span: Span) -> Code | None:
    """The sector that a body phrase of the country senses ending the name gives it ("Seneca
    Indian Nation", "the Indian tribes" GOV)."""
    if len(span) < 2:
        return None
    words = " ".join(t.lower_ for t in span[-2:])
    sector = sense_body_sectors().get(words) or sense_body_sectors().get(words.removesuffix("s"))
    return code(span.doc, sector, span[-2].idx, span.end_char) if sector else None


def unheaded_public(span: Span, sector: Code | None) -> Code | None:
    """The sector a group word inside an unknown body's name gives it, unless the name ends in
    a body's head noun after it that says its kind: "Vigo County Voter Registration Office" is
    an office (its head says GOV), not voters; "Military Times" a paper, "Mission College" a
    school and "Congressional Black Caucus PAC" a PAC, not soldiers, envoys or lawmakers. A
    role or force before a state body's head ("Sheriff's Office", "Police Department") or a
    force before a school's ("Air Force Academy") still says whose body it is."""
    last = span[-1]
    if sector is None or sector.evidence is None or sector.evidence.end > last.idx:
        return sector
    head = word_map("organization_head").get(last.lower_)
    if head is None or head == sector.value:
        return sector
    kept = head in KEPT_HEAD_SECTORS or (head == RESEARCH and sector.value in SCHOOLING_FORCES)
    return sector if sector.value != CIVILIANS and kept else None


def title_in_name(span: Span, role: Code | None) -> Code | None:
    """The sector a title inside an unknown body's name gives it, unless the name ends in a
    body's head noun after it: "Massachusetts General Hospital" is a hospital and "the Colonel
    Sanders Foundation" a foundation, where "General" and "Colonel" are no officer's ranks; a
    title's possessive ("Sheriff's Office") still says whose body it is."""
    if role is None or role.evidence is None:
        return role
    last = span[-1]
    if last.lower_ not in word_map("organization_head") or role.evidence.end > last.idx:
        return role
    after = [t for t in span if t.idx >= role.evidence.end]
    possessive = bool(after) and after[0].tag_ == POSSESSIVE_TAG
    return role if possessive else None


def descriptor_sector(span: Span) -> Code | None:
    """ "the animal rights organization Direct Action Everywhere", "the advocacy group X": the
    kind of group that the common nouns right before a name call it, read as the plural group
    noun of the groups lexicon ("rights organizations" NGO)."""
    doc, at = span.doc, span.start
    while at > 0 and doc[at - 1].pos_ in {"NOUN", "ADJ"} and doc[at - 1].is_lower:
        at -= 1
    if at == span.start or doc[span.start - 1].lower_ not in word_set("descriptor_head"):
        return None
    words = [t.lower_ for t in doc[at : span.start]]
    match = group_phrases().longest_in([*words[:-1], f"{words[-1]}s"])
    if match is None or match.end != len(words):
        return None
    first, last = doc[at + match.start], doc[span.start - 1]
    return code(doc, match.value, first.idx, last.idx + len(last))


def business_sector(span: Span) -> Code | None:
    """ "Union Bank of Finland": a firm's head noun or corporate form says it is a business,
    whatever group word ("union", "people") its name also holds; a unit of a known body
    ("GM Hughes Electronics", "Democratic National Committee Black Caucus") has its sector."""
    sector = head_sector(span)
    if sector is not None and sector.value == BUSINESS:
        return sector
    return unit_sector(span)


def unit_sector(span: Span) -> Code | None:
    """The sector of the known body whose name a longer name starts with: any firm ("GM
    Hughes Electronics"), else a body named in two words or more, as one word ("House",
    "Fox") starts many names of other bodies."""
    for end in range(len(span) - 1, 0, -1):
        sector = known_bodies().get(span[:end].text)
        if sector is not None and (sector == BUSINESS or end > 1):
            return code(span.doc, sector, span.start_char, span[:end].end_char)
    return None


@cache
def known_bodies() -> dict[str, str]:
    """Names and aliases of the organisations eventwire's tables list, with their sector."""
    return {
        form: row.sector
        for row in builtin_rows()
        if row.sector and row.type == ActorType.ORGANIZATION
        for form in (row.name, *row.aliases)
    }


def described_kind(span: Span) -> Code | None:
    """ "the rebel X", "X, a Ugandan rebel group", "The main rebel group, X": a word the text
    puts before an unknown organisation's name or in its apposition says what kind of body it
    is, over the words of the name ("Forces" is no state's army there)."""
    doc, root = span.doc, span.root
    words = [doc[span.start - 1]] if span.start else []
    phrases = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    head = root.head  # "The main rebel group, X", not "the rebel Front (RUF)": one name
    if root.dep_ == "appos" and head.i < span.start and doc[head.i + 1].text == ",":
        phrases.append(head)
    words += [t for phrase in phrases for t in phrase.subtree if t.i <= phrase.i]
    kinds = _descriptors()
    found = next((t for t in words if t.lower_ in kinds), None)
    if found is None:
        return classifier_sector(span)
    return code(doc, kinds[found.lower_], found.idx, found.idx + len(found))


def classifier_sector(span: Span) -> Code | None:
    """ "the gay rights group Human Rights Campaign", "the oil company Exxon": a common noun
    phrase right before a name, as its modifier, says what kind of body the name is; the
    collective nouns of `groups.tsv` (plurals: "rights groups") give its sector, over the words
    of the name ("Campaign" is no party's there)."""
    if not span.start:
        return None
    noun = span.doc[span.start - 1]
    modifies = noun.dep_ == "compound" and span.start <= noun.head.i < span.end
    named = span.root.dep_ == "appos" and span.root.head.i == noun.i  # the parse's other reading
    if noun.pos_ != "NOUN" or not (modifies or named):
        return None
    words = [t.lower_ for t in span.doc[noun.left_edge.i : noun.i]] + [_plural(noun.lower_)]
    match = group_phrases().longest_in(words)
    if match is None or match.end != len(words) or not match.value:
        return None
    first = span.doc[noun.left_edge.i + match.start]
    return code(span.doc, match.value, first.idx, noun.idx + len(noun))


def _plural(noun: str) -> str:
    """The plural the group table lists a singular classifier noun by ("agency" → "agencies")."""
    if noun.endswith("y") and noun[-2:-1] not in set("aeiou"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


@cache
def _descriptors() -> dict[str, str]:
    """Descriptor word → sector: the armed-opposition words (REB) and the other kinds."""
    return dict.fromkeys(word_set("armed_opposition"), REBELS) | word_map("organization_descriptor")
