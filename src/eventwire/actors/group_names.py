"""Where a group's mention starts and how it is named: an article before its country
modifier, the place it is located in ("police in the Comoros archipelago"), and the other
countries coordinated with that place ("the people of Kenya and Tanzania"), the count it
keeps ("two American fishermen") and the key that tells two groups of one state apart."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.country_modifiers import ragged
from eventwire.actors.group_nouns import group_modifier
from eventwire.actors.joined_modifiers import joined_start
from eventwire.actors.phrases import code
from eventwire.code_phrases import country_phrases
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.parse.nlp import doc_text, noun_chunks, tokens


def coordinated_countries(doc: Doc, first: Code) -> list[Code]:
    """Countries coordinated with the one a group is located in ("in Kenya and Tanzania")."""
    evidence = first.evidence
    if evidence is None:
        return []
    span = doc.char_span(evidence.start, evidence.end, alignment_mode="expand")
    found: list[Code] = []
    at = span.end if span is not None else len(doc)
    while at + 1 < len(doc) and doc[at].lower_ in {",", "and"}:
        at += 2 if doc[at].text == "," and doc[at + 1].lower_ == "and" else 1
        if at >= len(doc):  # the text ends with the joiner
            break
        match = country_phrases().at(
            tokens(doc), at, accept=lambda m: not ragged(doc[m.start : m.end])
        )
        if match is None or match.value.is_demonym:
            break
        named = doc[match.start : match.end]
        found.append(code(doc, match.value.iso3, named.start_char, named.end_char))
        at = match.end
    return found


def phrase_key(words: Span) -> str:
    """The words that say which group a phrase names ("riot police", "fishermen"), as lemmas
    without articles or counts: two groups of one state and sector are one actor only when
    their head noun phrases agree ("American fishermen" are not "Miami community leaders")."""
    kept = [t.lemma_.lower() for t in words if not _counts(t) and t.pos_ != "ADV"]  # "so many"
    return " ".join(w for w in kept if w not in word_set("article"))


def group_key(country: str, sector: str, words: Span) -> str:
    """The key two mentions of a country's group share: a state's body ("Russian troops",
    "Russian soldiers": its military) by its country and sector, other groups also by the
    words that say which group they are; a state's diplomatic posts are one actor of their own.
    """
    posts = word_set("diplomatic_post")
    if sector in word_set("state_sector") and any(w.lower_ in posts for w in words):
        return f"{country}:{sector}:post"  # its staff too ("embassy personnel")
    if sector in word_set("state_sector"):
        return f"{country}:{sector}"
    return f"{country}:{sector}:{phrase_key(words)}"


def with_count(first: Token) -> Token:
    """A group's first word with the numbers and quantifiers before it ("two American
    fishermen", "Another eight suspects", "these candidates"), which readers keep in its name."""
    doc, start = first.doc, first.i
    while start > first.sent.start and _counts(doc[start - 1]):
        start -= 1
    return doc[start]


def uncounted_name(span: Span) -> str | None:
    """ "fishermen" for "the two fishermen": a counted group is named without its count, which
    says how many of it the sentence means (None where the span has no count)."""
    words = [t for t in span if t.lower_ not in word_set("article")]
    if not words or not _counts(words[0]):
        return None
    first = next((t for t in words if not _counts(t)), words[-1])
    return doc_text(span.doc)[first.idx : span.end_char]


def _counts(word: Token) -> bool:
    """A cardinal number or a quantifying determiner of the noun phrase ("eight", "several")."""
    if _joins_number(word):
        return True  # "Forty-nine people": the tokenizer cut the spelt-out number at its hyphen
    if word.pos_ == "NUM" and word.dep_ in {"nummod", "compound", "quantmod"}:
        return True  # "6 million voters": "6" hangs on "million"
    if _opens_count(word):
        return True  # "more than 100 delegates", "nearly 200 protesters"
    return word.dep_ in {"det", "amod"} and word.lower_ in word_set("group_quantifier")


def _joins_number(word: Token) -> bool:
    """The hyphen inside a spelt-out number ("twenty-one", "Forty-nine"): its words are one
    number, so the group's count and name keep or drop them together."""
    doc, i = word.doc, word.i
    if word.text != "-" or i == 0 or i + 1 >= len(doc) or word.whitespace_:
        return False
    before, after = doc[i - 1], doc[i + 1]
    spelt = before.is_alpha and after.is_alpha and not before.whitespace_
    return spelt and before.like_num and after.like_num


def _opens_count(word: Token) -> bool:
    """A word of a number's entity before the number ("more than", "at least", "nearly"):
    readers keep the whole count with the group."""
    after = word.i + 1
    return (
        word.ent_type_ == "CARDINAL"
        and after < len(word.doc)
        and word.doc[after].ent_iob_ == "I"
        and not word.is_punct
    )


def with_article(first: Token) -> int:
    """Where a group's mention starts: an article before its country modifier belongs to it
    ("a Cambodian resistance force", "the Syrian refugees"), as readers name the group."""
    before = first.i - 1
    if before >= first.sent.start and first.doc[before].lower_ in word_set("article"):
        return before
    return first.i


def located_name(span: Span, country: Code) -> str | None:
    """ "people of Kenya", "police in Stockholm", "police in Paris, Texas": the group named
    with where it is, when the place follows the group's words (a demonym inside them
    already says it)."""
    place = country.evidence
    if place is None or place.start < span.end_char:
        return None
    chunk = chunk_at(span.doc, place.start)  # "police in the Comoros archipelago"
    if chunk is None or chunk.start <= span.end:
        return f"{span.text} {span.doc[span.end].text} {place.text}"
    chunk = _named_place(chunk)  # "residents of the Argentine town of Gualeguaychu"
    return doc_text(span.doc)[span.start_char : max(chunk.end_char, place.end)]


def _named_place(chunk: Span) -> Span:
    """A kind of place with the name its "of" gives it: "the Ghanaian port of Tema"."""
    doc, end = chunk.doc, chunk.end
    if chunk.root.lower_ not in word_set("place_kind") or end + 1 >= len(doc):
        return chunk
    named = chunk_at(doc, doc[end + 1].idx) if doc[end].lower_ == "of" else None
    return doc[chunk.start : named.end] if named is not None else chunk


def chunk_at(doc: Doc, start: int) -> Span | None:
    """The noun phrase around a place name: its article and the noun it modifies belong to
    the group's name, as readers say it."""
    return next((c for c in noun_chunks(doc) if c.start_char <= start < c.end_char), None)


def modified_start(words: Span) -> int:
    """Where a group's words start with the modifiers before its noun ("Elected officials")."""
    doc, start = words.doc, words.start
    while start:
        joined = start - 1 if group_modifier(doc[start - 1]) else joined_start(doc, start)
        if joined == start:
            return start
        start = joined
    return start
