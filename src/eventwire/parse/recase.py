"""Title-case lines ("Obama Vows To Veto Senate Bill") parsed as the sentences they are.

spaCy's small model reads a capital as a name, so a Title Case headline parses as one long
proper noun: its verb is lost and its words come out as junk actors. Before the parse, the
common words of such a line get a lower-case first letter: the article itself says which words
are common (the body writes them in lower case) and which are names (the body capitalises them
mid-sentence); where it is silent, knowledge decides (closed-class words, eventwire's known
names and countries, spaCy's English word index). The recased copy is parsed and its
annotations are laid on the original tokens, so the Doc the stages see keeps the input text
byte for byte. The same copy writes wire copy's typewriter quotation marks plain
(`parse.typewriter_marks`). Articles with neither are parsed as they come, at no extra cost.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Collection, Iterable, Iterator
from functools import cache

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_KB_ID,
    ENT_TYPE,
    HEAD,
    IDX,
    LEMMA,
    LENGTH,
    MORPH,
    NORM,
    POS,
    SPACY,
    TAG,
)
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from eventwire.codes import (
    capital_countries,
    country_lexicon,
    domestic_institutions,
    one_word_titles,
    organization_lexicon,
    province_countries,
)
from eventwire.lexicons import calendar_names, read_table
from eventwire.parse.headline_breaks import clause_ends, headline_colons, opening_word
from eventwire.parse.headline_verbs import reparse_headline_verbs
from eventwire.parse.lemmas import WORD_CLASSES, inflected_from
from eventwire.parse.metadata import header_spans
from eventwire.parse.nlp import BATCH_SIZE, doc_text, load_nlp
from eventwire.parse.paragraphs import start_paragraphs
from eventwire.parse.title_case import is_title_case
from eventwire.parse.typewriter_marks import plain_marks, typewriter_marks

MIN_EMPHASIS_LETTERS = 3
"""A capitalised word this long may be emphasis ("BIG", "EPIC"); shorter ones ("US", "IT")
are too often acronyms to lower."""
PARSE_ATTRS = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID]
"""What the parse sets on each token; HEAD and DEP also give the sentence starts."""

NOT_NOUNS = WORD_CLASSES[1:]
VERB_ENDINGS = ("s", "ed")  # a headline's present and past: "Endorses", "Praised"
_LINE = re.compile(r"[^\n]+")
_ADDRESS = re.compile(r"\S*(?:[@/]|www\.)\S*")  # e-mail, web and social addresses: lower case
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}\b")  # acronyms the body uses ("EPIC", "NATO")
_MID_SENTENCE_WORD = re.compile(r"(?<=[\w,;)] )[A-Z][a-z]+\b")  # not sentence-initial


def parse_texts(texts: Iterable[str | Doc], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse texts, or Docs the tokenizer made, in input order with `nlp.pipe`, each paragraph
    starting a sentence; a Doc with a title-case line is parsed from its recased copy, and the
    parse is laid back on the Doc."""
    nlp = load_nlp()
    pending: deque[Doc | None] = deque()

    def inputs() -> Iterator[Doc]:
        for text in texts:
            doc = start_paragraphs(nlp.make_doc(text) if isinstance(text, str) else text)
            copy = _safely_recased(doc)
            pending.append(None if copy is None else doc)
            yield doc if copy is None else start_paragraphs(copy)

    for parsed in nlp.pipe(inputs(), batch_size=batch_size):
        original = pending.popleft()
        _safely_reparsed_headline(parsed, original or parsed)
        yield parsed if original is None else _laid_back(original, parsed)


def _safely_reparsed_headline(parsed: Doc, original: Doc) -> None:
    """`reparse_headline_verbs` over the headline and subhead the original's layout shows;
    where spaCy refuses a line's new parse the headline keeps the parse it has. spaCy raises
    ValueError for arrays, words or heads it will not take and IndexError for a token outside
    the Doc; any other error is a fault in the reparse itself, which the pipeline records for
    the article (`pipeline._parsed_alone`) rather than hides."""
    try:
        reparse_headline_verbs(parsed, header_spans(doc_text(original)))
    except (ValueError, IndexError):  # a refused reparse only costs the headline its verb
        return


def _safely_recased(doc: Doc) -> Doc | None:
    """`recased_copy`, or None where it fails: the article is then parsed as written, since
    one article's recasing must never stop the batch it is parsed in."""
    try:
        return recased_copy(doc)
    except Exception:  # any failure here only costs the headline its better parse
        return None


def _laid_back(original: Doc, parsed: Doc) -> Doc:
    """`with_parse`, or the original parsed as written where that fails: like a failed
    recasing, it costs the headline its better parse, never the batch."""
    try:
        return with_parse(original, parsed)
    except Exception:  # any failure here: the plain parse is always a valid answer
        return load_nlp()(original)


def with_parse(original: Doc, parsed: Doc) -> Doc:
    """The original tokens, carrying the parse of the recased copy (same tokens, same order)."""
    original.from_array(PARSE_ATTRS, parsed.to_array(PARSE_ATTRS))
    original.tensor = parsed.tensor
    return original


def recased_copy(doc: Doc) -> Doc | None:
    """A Doc of the same tokens with the common words of title-case lines lowered, each line
    its own sentence, typewriter quotation marks written plain (`parse.typewriter_marks`) and
    a sentence started after a headline clause's colon (`parse.headline_breaks`); None when
    the article has none of these."""
    lines = title_case_lines(doc)
    marks = typewriter_marks(doc, doc_text(doc))
    colons = headline_colons(doc)
    if not lines and not marks and not colons:
        return None
    body = _body_cases(doc, lines)
    breaks = clause_ends(colons, lambda token: _finite_verb(token, body))
    if not lines and not marks and not breaks:
        return None
    lowered = [token.idx for line in lines for token in common_words(line, body)]
    lowered += [token.idx for token in _opening_common_words(breaks, body)]
    shouted = [
        (token, token.i == line.start) for line in lines for token in emphasis_words(line, body)
    ]
    text = list(doc_text(doc))
    for at in lowered:
        text[at] = text[at].lower()  # the first letter only: every offset holds
    for token, first in shouted:  # same length, so every offset holds
        written = token.text.title() if first else token.lower_
        text[token.idx : token.idx + len(token)] = written
    copy = _same_tokens(doc, "".join(text), marks)
    _set_apart(copy, lines)
    for start in breaks:  # "Endorses Ted Cruz: I Am ...": the colon ends a sentence
        copy[start.i].is_sent_start = True
    return copy


def _finite_verb(token: Token, body: Counter[str]) -> bool:
    """A headline word in a verb's present or past form ("Endorses", "heckled"), no name."""
    lower = token.lower_
    if not lower.endswith(VERB_ENDINGS) or (token.is_title and _is_name(token, body)):
        return False
    return bool(english_lemmas(lower, ("verb",)) - {lower})


def _opening_common_words(starts: list[Token], body: Counter[str]) -> list[Token]:
    """The first words after headline colons that are common words, capitalised only as a
    sentence's first word is ("De Blasio: Trust Bratton on security")."""
    words = [opening_word(start) for start in starts]
    return [
        w for w in words if w is not None and w.is_title and w.text != "I" and not _is_name(w, body)
    ]


def _set_apart(copy: Doc, lines: list[Span]) -> None:
    """Start a sentence at each title-case line and at the paragraph after it: the parser
    keeps preset starts, and without them a headline that ends in a quote mark or "U.S." runs
    on into the body's first sentence ("... Anywhere.”" + "Video Transcript: ..."), where
    its verbs lose their subjects."""
    for line in lines:
        copy[line.start].is_sent_start = True
        after = next((t for t in copy[line.end :] if not t.is_space), None)
        if after is not None:
            after.is_sent_start = True


def _same_tokens(doc: Doc, text: str, marks: list[int]) -> Doc:
    """A Doc of `text` cut where `doc` is cut, with the tokenizer's own norms ("n't" → "not")
    and the typewriter marks at `marks` written plain; the cuts are read as arrays, since a
    Token object per token costs more than the rest."""
    cuts = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    words = plain_marks([text[start : start + length] for start, length, _ in cuts], marks)
    copy = Doc(doc.vocab, words=words, spaces=[bool(space) for _, _, space in cuts])
    copy.from_array([NORM], doc.to_array([NORM]))
    return copy


def title_case_lines(doc: Doc) -> list[Span]:
    """The lines (text between line breaks) whose content words are all capitalised; found
    in the text, so an article without one costs a few regular-expression scans."""
    text = doc_text(doc)
    return [
        doc.char_span(line.start(), line.end(), alignment_mode="expand")
        for line in _LINE.finditer(text)
        if is_title_case(line.group())
    ]


def common_words(line: Span, body: Counter[str]) -> list[Token]:
    """The capitalised words of a title-case line that are no names (the first word keeps its
    capital, as in sentence case; of one-letter words, the article "A" is lowered and the
    pronoun "I" kept)."""
    return [t for t in line[1:] if t.is_title and t.text != "I" and not _is_name(t, body)]


def emphasis_words(line: Span, body: Counter[str]) -> list[Token]:
    """The words of a title-case line written in capitals for emphasis ("Launches EPIC
    Warning", "Make Her CRINGE"): English words that are no known name or acronym and that
    the body never writes in capitals. The model reads such a word as an organisation's
    acronym; lowered, it is the adjective or verb it is."""
    names = known_names()[0]
    return [
        t
        for t in line
        if t.is_upper
        and t.is_alpha
        and len(t) >= MIN_EMPHASIS_LETTERS
        and not body[t.text]
        and t.text not in names
        and (t.lower_ in STOP_WORDS or english_lemmas(t.lower_))
    ]


def _is_name(token: Token, body: Counter[str]) -> bool:
    """What the body says (capitalised mid-sentence, or in lower case, more often), else what
    eventwire knows: closed-class and English words are common, known names are names, and
    a known first name and the word after it are a name ("Pam Key") unless that word is
    inflected ("Hillary Releasing", "Israel Launches")."""
    word, lower = token.text, token.lower_
    named, common = body[word], body[lower]
    if named or common:
        return named >= common
    if lower in STOP_WORDS:
        return False
    names, first_names = known_names()
    if word in names or (word in first_names and _before_name(token, names)):
        return True
    lemmas = english_lemmas(lower)
    before = token.nbor(-1).text if token.i > 0 else ""
    after_first_name = before in first_names and before not in place_names()
    return not lemmas or (after_first_name and lemmas == {lower})


def _before_name(token: Token, names: frozenset[str]) -> bool:
    """A first name that is also a word ("Bill", "John") is one before a name ("John Nolte")."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        after is not None
        and after.is_title
        and (after.text in names or not english_lemmas(after.lower_))
    )


def _body_cases(doc: Doc, lines: list[Span]) -> Counter[str]:
    """How often the body writes each word capitalised mid-sentence, or in lower case (the
    title-case lines, addresses and sentence-initial capitals say nothing)."""
    text, kept, start = doc_text(doc), [], 0
    for line in lines:
        kept.append(text[start : line.start_char])
        start = line.end_char
    body = _ADDRESS.sub(" ", "\n".join([*kept, text[start:]]))
    return (
        Counter(_LOWER_WORD.findall(body))
        + Counter(_MID_SENTENCE_WORD.findall(body))
        + Counter(_CAPITALS_WORD.findall(body))
    )


@cache
def place_names() -> frozenset[str]:
    """Countries, capitals and provinces: a first name that names a place ("Israel",
    "Virginia") is the place before a verb ("Why Does Israel Refuse", "West Virginia Spell"),
    not a person's first name before a surname."""
    return frozenset(set(country_lexicon()) | set(capital_countries()) | set(province_countries()))


@cache
def known_names() -> tuple[frozenset[str], frozenset[str]]:
    """One-word names eventwire knows, as written (countries, demonyms, capitals, provinces,
    months and weekdays, organisations, institutions, the words of known people's names), and
    the first names."""
    forms = set(place_names())
    forms |= {name for name, _ in calendar_names("month", "weekday")}  # "August", "Tuesday"
    forms |= set(organization_lexicon())
    for name, aliases, _ in domestic_institutions():
        forms.update([name, *aliases])
    people: set[str] = set()
    first_names: set[str] = set()
    for name, aliases, kind, *_ in read_table("known_actors.tsv"):
        if kind != "person":
            forms.update([name, *aliases.split("|")])
            continue
        for words in (form.split() for form in [name, *aliases.split("|")]):
            people.update(words[1:] or words)  # a one-word alias is a surname ("Bush")
            first_names.update(words[:1] if len(words) > 1 else ())
    people |= first_names
    # WordNet lists many names as nouns ("putin"); a name that is a verb or an adjective
    # ("Burns", "Major") is one only where the body says so
    forms |= {word for word in people if not english_lemmas(word.lower(), NOT_NOUNS)}
    titles = {word.title() for word in one_word_titles()}  # "King Abdullah": "king" is a title
    names = frozenset(form for form in forms - titles if form[:1].isupper() and " " not in form)
    return names, frozenset(first_names - titles)


@cache
def english_lemmas(lower: str, classes: Collection[str] = WORD_CLASSES) -> set[str]:
    """The words of spaCy's English lemma index that `lower` is, or is an inflection of
    (`parse.lemmas.inflected_from`, with the loaded model's tables)."""
    return inflected_from(load_nlp().get_pipe("lemmatizer").lookups, lower, classes)
