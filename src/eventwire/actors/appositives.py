"""A noun phrase before a name and its comma, which says who the person is.

"the Libyan, Atif Issa Enhamed", "an Iranian spokesman, X", "two Libyan suspects, X and Y",
"Vacco's campaign manager, X": the phrase gives the name its country and title, before any
default of the article's home country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.phrases import find_role, is_place, possessives
from eventwire.codes import organization_lexicon
from eventwire.lexicons import word_set
from eventwire.parse.deps import DETERMINER_DEPS
from eventwire.parse.tags import NOMINAL_POS, PLURAL_NOUN_TAG, POSSESSIVE_TAG
from eventwire.sectors import INTERNATIONAL

MAX_APPOSITIVE_TOKENS = 3  # "a senior Iranian spokesman"
POSTED_TO = "to"
HOSTED_IN = frozenset(
    {"in", "for", POSTED_TO}
)  # "the UN mission in Liberia", "the EU envoy to Moldova", "the UN envoy for Cambodia"
MAX_NAME_TOKENS = 8  # "Organization for Security and Cooperation in Europe"


def leading_appositive(span: Span) -> list[Token]:
    """ "the Libyan, Atif Issa Enhamed", "an Iranian spokesman, X", "two Libyan suspects, X and
    Y": a noun phrase with its determiner right before the name (or the names it is coordinated
    with) and a comma, which says who the person is."""
    doc, comma = span.doc, _first_coordinated(span) - 1
    if comma < 2 or doc[comma].text != "," or doc[comma - 1].pos_ not in NOMINAL_POS:
        return []
    paired = _paired_demonym(span, comma)
    if paired:
        return paired
    if doc[comma - 1].dep_ == "pobj":  # "at the Dutch embassy, X said": a place
        return _one_of(doc, comma) or _title_of_body(doc, comma)
    start = _modifiers_start(doc, comma)
    opener = doc[start - 1]  # a determiner, a number or an owner ("Vacco's aide, X", "her aide")
    openers = word_set("indefinite_article") | possessives() | {"the"}
    determiner = opener.pos_ in {"NUM", "DET"} or opener.dep_ in {"det", "predet"}  # "both"
    if opener.lower_ not in openers and not determiner and opener.dep_ != "poss":
        return []
    return list(doc[start:comma])


def _paired_demonym(span: Span, comma: int) -> list[Token]:
    """ "his Armenian and Azeri counterparts, X and Y": coordinated demonyms before a plural
    noun pair with the coordinated names after it in order; the k-th name takes the k-th
    demonym and the noun, not the nearest demonym."""
    doc, head = span.doc, span.doc[comma - 1]
    if head.tag_ != PLURAL_NOUN_TAG:
        return []
    first = next((c for c in head.children if c.dep_ == "amod" and is_place(c)), None)
    if first is None:
        return []
    demonyms = [first, *(c for c in first.conjuncts if is_place(c))]
    k = sum(t.lower_ in word_set("modifier_joiner") for t in doc[comma + 1 : span.start])
    return [demonyms[k], head] if len(demonyms) > 1 and k < len(demonyms) else []


def _one_of(doc: Doc, comma: int) -> list[Token]:
    """ "one of the journalists, Susanne Rust": the person is one of the plural noun's kind,
    so the noun (and its modifiers) describe them."""
    noun, preposition = doc[comma - 1], doc[comma - 1].head
    one = preposition.head
    if noun.tag_ != PLURAL_NOUN_TAG or preposition.lower_ != "of" or one.lower_ != "one":
        return []
    return [t for t in doc[preposition.i + 1 : comma] if t.dep_ not in DETERMINER_DEPS]


def _title_of_body(doc: Doc, comma: int) -> list[Token]:
    """ "The leader of the Anti-Defamation League, X", "a spokesman for the ministry, X", "a
    member of the Kenyan parliament, X": a title (or a member noun) and the body it serves,
    opened by a determiner, before the comma."""
    igo = _igo_posting(doc[comma - 1].head) or _igo_served(doc, comma)  # an IGO office: the IGO's
    posting = igo or _served_title(doc, comma)
    if posting is None:
        return []
    title, end = posting
    opener = doc[title.left_edge.i]
    owner = opener.dep_ == "poss"  # "Sudan's ambassador to the United Nations, X"
    if opener.lower_ not in word_set("indefinite_article") | {"the"} and not owner:
        return []
    if opener.i >= title.i:
        return []
    member = title.lower_ in word_set("body_member")
    start = opener.i if owner else opener.i + 1
    return list(doc[start:end]) if member or igo or find_role(doc, [title]) else []


def _served_title(doc: Doc, comma: int) -> tuple[Token, int] | None:
    """The title whose "of"/"for"/"to" phrase ends before the comma, and where the words
    that describe the person end (before "to": the host state's, not theirs)."""
    preposition = doc[comma - 1].head
    title = preposition.head
    prepositions = word_set("serving_preposition") | {POSTED_TO}  # "ambassador to the UN"
    if preposition.lower_ not in prepositions or title.pos_ != "NOUN":
        return None
    return title, preposition.i if preposition.lower_ == POSTED_TO else comma


def igo_posted(span: Span) -> bool:
    """Whether the phrase before the name and its comma is an office in an IGO posted to a
    state ("the head of the UN mission in Liberia, X"), which the parser often hangs the name
    on the host state's name: the title stays a mention of its own, as a nominal."""
    comma = span.start - 1
    return comma > 0 and _igo_posting(span.doc[comma - 1].head) is not None


def _igo_posting(host: Token) -> tuple[Token, int] | None:
    """ "the head of the UN mission in Liberia", "the IMF's representative in Ghana": the
    title and where its host phrase starts, when the body served is an international one; the
    host state is where the office serves, not whose it is (a national body's "in X" stays)."""
    holder = host.head
    if host.lower_ not in HOSTED_IN or host.dep_ != "prep" or holder.pos_ != "NOUN":
        return None
    serving = holder.dep_ == "pobj" and holder.head.lower_ in word_set("serving_preposition")
    title = holder.head.head if serving else holder
    if title.pos_ != "NOUN" or not names_igo(title.doc, title.left_edge.i, host.i):
        return None
    return title, host.i


def _igo_served(doc: Doc, comma: int) -> tuple[Token, int] | None:
    """ "the head of the UN mission", "the secretary-general of the Organization of African
    Unity": a title whose "of"/"for" phrase, ending at the comma, names a known IGO (the
    nearest preposition may be inside the IGO's name)."""
    for at in range(comma - 2, max(doc[comma - 1].sent.start, comma - MAX_NAME_TOKENS - 2), -1):
        preposition, title = doc[at], doc[at].head
        serving = preposition.lower_ in word_set("serving_preposition")
        while title.dep_ == "amod" and title.head.pos_ == "NOUN":
            title = title.head  # "secretary - general": the compound title's head
        if serving and title.pos_ == "NOUN" and title.i < at and names_igo(doc, at + 1, comma):
            return title, comma
    return None


def names_igo(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between the two token indices hold a known IGO's name."""
    names = organization_lexicon()
    for first in range(start, end):
        for last in range(first + 1, min(end, first + MAX_NAME_TOKENS) + 1):
            known = names.get(doc[first:last].text)
            if known is not None and known.sector == INTERNATIONAL:
                return True
    return False


def _modifiers_start(doc: Doc, comma: int) -> int:
    """Where the noun phrase ending before the comma starts; a phrase of more than one word
    needs a common noun head, so "the United States, X" is no appositive of X."""
    start, head = comma - 1, doc[comma - 1]
    limit = max(head.sent.start, comma - MAX_APPOSITIVE_TOKENS)
    while head.pos_ == "NOUN" and start > limit and doc[start - 1].pos_ in NOMINAL_POS:
        start -= 1
    return start


def _first_coordinated(span: Span) -> int:
    """ "X and Y": where the first of the names coordinated before this one starts."""
    doc, start = span.doc, span.start
    while start > span.sent.start + 1 and doc[start - 1].lower_ == "and":
        first = start - 1
        while first > span.sent.start and doc[first - 1].pos_ == "PROPN":
            first -= 1
        if first == start - 1:
            break
        start = first
    return start


def before_kin(window: list[Token]) -> list[Token]:
    """ "Billy Bush, the nephew of one president": what the apposition says before a kin noun;
    the titles after it are the relative's, not the person's."""
    at = next((i for i, t in enumerate(window) if t.lower_ in word_set("kin_noun")), len(window))
    return window[:at]


def after_owner(window: list[Token]) -> list[Token]:
    """ "X, the president's chief strategist": the title after a possessive is the person's;
    the owner's title ("the president") is the owner's, not theirs. A window that ends at the
    possessive keeps only what comes before the "of" or "for" of whom the person serves ("X,
    the chief strategist for Governor Y's"; "X, one of Governor Y's": no title of X's); so does
    one whose title comes before an "of the" whose possessive is a word of the body's name ("X,
    executive director of the Alzheimer's Impact Movement"; "X, leader of France's National
    Front" holds the title the party's words say, not a state's "leader")."""
    owner = next((i for i, t in enumerate(window) if t.tag_ == POSSESSIVE_TAG), None)
    if owner is None:
        return window
    serving = word_set("serving_preposition")
    served = next((i for i, t in enumerate(window[:owner]) if t.lower_ in serving), 0)
    if owner + 1 < len(window) and not _titled_before_name(window, served):
        return window[owner + 1 :]
    return window[:served]


def _titled_before_name(window: list[Token], served: int) -> bool:
    """ "executive director of the Alzheimer's …": a title before the "of the" of a body whose
    name holds a possessive."""
    named = served and window[served + 1].lower_ == "the"
    return bool(named) and find_role(window[0].doc, window[:served]) is not None


def definite_title(title: list[Token]) -> bool:
    """ "The finance minister, Lou Jiwei", "the special envoy X": a title after "the" presents
    an office the text has named already, with the country it gave there."""
    return bool(title) and title[0].i > 0 and title[0].doc[title[0].i - 1].lower_ == "the"
