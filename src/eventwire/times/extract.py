"""Temporal expressions of an article, normalised against its publication date.

Spans come from the rules of times/timex_rules.py run over the text (so every span
found can be read), plus spaCy's DATE/TIME entities that the rules miss and dateparser can
read. The tense of the clause decides whether a bare weekday or month lies before or after the
article date.

A coordination of deictic modifiers ("this and next year") gives one expression per modifier:
"this" (2022) and "next year" (2023), as a TimeML annotation would, rather than a range.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import calendar_names, word_set
from eventwire.model import Article, Evidence, TimeExpression, TimeType
from eventwire.parse.nlp import AMOUNT_ENTITIES, TIME_ENTITIES, doc_text
from eventwire.parse.pubdate import publication_day
from eventwire.parse.tags import PAST_TAGS, PLURAL_NOUN_TAG, PRESENT_TAGS, VERB_POS
from eventwire.parse.tenses import auxiliaries, going_future
from eventwire.times.anchors import anchor_at, document_regions
from eventwire.times.narrative import in_context
from eventwire.times.scan import RuleScan
from eventwire.times.timex import Context, Found, Timex
from eventwire.times.timex_rules import COMPILED, normalise
from eventwire.times.vague import names_no_time

# modals of what is yet to happen put a bare weekday or month ahead ("may vote on Tuesday")
FUTURE_AUX = word_set("time_ahead_aux")  # will, 'll, wo, would, may, should, must
FUTURE_GOVERNORS = {"expect", "plan", "schedule", "due", "set", "intend", "prepare", "aim", "hope"}
SCHEDULING_VERBS = {"schedule", "plan"}  # "has scheduled a news conference Thursday"
# a present copula dates what is scheduled: 'the vote is on Tuesday' (the coming one); other
# present verbs in wire copy as often tell what just happened, so they stay undecided
SCHEDULE_COPULAS = {"be"}
# a newspaper "daily", "the fall of Saigon", "60 Minutes": words that only look like times
TIME_NOUNS = {"daily", "weekly", "monthly", "quarterly"}
FRACTION = re.compile(r"(?i)(?:a|one|two|three)[\s-]+quarters?")
MONTHS = {name.lower() for name, _ in calendar_names("month")}
MONTH_IN_NAME = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")  # 'the March of the Mothers'
ARTICLES = word_set("article")
# 'of' naming what fell or what a fraction is of; not a year ('the fall of 2021', 'the spring of
# next year', 'three quarters of last year')
EVENT_OF = re.compile(r"^\s+of\s+(?!(?:1[6-9]|20)\d\d\b|(?:this|last|next|that)\s+year\b(?!['’]s))")
AGE = re.compile(r"^(?:-|\s)old\b")
# 'the quarter-to-quarter comparison', 'the year-earlier period', an index at '2082.1'
COMPOUND_OR_DECIMAL = re.compile(r"^(?:-[a-z]|\.\d)")
NOT_TIME_ENTITIES = AMOUNT_ENTITIES
# names a time word may open: 'Christmas Island', 'the Six-Day War', 'the Summer Olympics'
AFTER_NAME_ENTITIES = {"GPE", "LOC", "FAC", "EVENT", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"}
LEADING_WORDS = re.compile(r"^(?:on|in|at|by|from|since|until|during|for|about|around)\s+", re.I)
COORDINATED = re.compile(
    r"\b(?P<a>this|last|next)\s+and\s+(?P<b>this|last|next)\s+(?P<unit>week|month|year)\b", re.I
)
AMBIGUOUS_MONTHS = {"may", "march", "june", "august"}  # also verbs or names
LIMIT_BEFORE = re.compile(r"(?i)\b(?:until|through|till)\s+$")
# TimeML's extent takes the words that bound or hedge a time (its `mod`), the value staying
# the time's own: 'the end of 1990', 'the late 1970s', 'mid-1996', 'almost four years ago'
MODIFIER_BEFORE = re.compile(
    r"(?i)(?:(?:the\s+)?(?:end|middle|beginning|start)\s+of\s+|(?:the\s+)?(?:early|late)\s+"
    r"|mid-|around\s+|almost\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+)$"
)
# and the determiner of a quarter or half named as a noun ('the third quarter', 'the fiscal
# first quarter'), not of a noun it modifies ('the third-quarter loss')
DETERMINER_BEFORE = re.compile(r"(?i)the\s+(?:fiscal\s+)?$")
PARTS_OF_YEAR = {"quarter", "half"}
RULE_SCAN = RuleScan([pattern for pattern, _ in COMPILED])


AnchorOf = Callable[[int], date | None]


def article_anchor(article: Article) -> date | None:
    """The publication date the relative expressions are resolved against."""
    return publication_day(article)


def _verb_of(token: Token) -> Token:
    while token.pos_ not in VERB_POS and token.head.i != token.i:
        token = token.head
    return token


def _tense_of(verb: Token, depth: int = 0) -> str | None:
    """will/shall → future; 'expected/plans to <verb>' → future; a past form → past."""
    auxes = auxiliaries(verb)
    if any(t.lower_ in FUTURE_AUX for t in [verb, *auxes]):
        return "future"
    if verb.lemma_.lower() in SCHEDULING_VERBS:
        return "future"
    infinitive = any(t.lower_ == "to" for t in auxes)
    if infinitive and verb.head.i != verb.i and depth < 3:
        governor = verb.head
        if governor.lemma_.lower() in FUTURE_GOVERNORS or going_future(governor):
            return "future"
        return _tense_of(governor, depth + 1)
    if any(t.tag_ in PAST_TAGS for t in [verb, *auxes]):
        return "past"
    if verb.tag_ in PRESENT_TAGS and not auxes and verb.lemma_ in SCHEDULE_COPULAS:
        return "scheduled"
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause an expression sits in: 'future', 'past', 'scheduled' (a
    present copula: 'the vote is on Tuesday') or None (other present)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _verb_of(span.root)
    if verb.pos_ not in VERB_POS:  # a parse that hangs the phrase off a noun
        verbs = [t for t in span.sent if t.pos_ in VERB_POS]
        verb = min(verbs, key=lambda t: abs(t.i - span.root.i), default=verb)
    return _tense_of(verb)


def _tense_at(doc: Doc, start: int, end: int) -> str | None:
    """The clause's tense, except for the limit of a stretch ('revolving loans through
    January', 'bought shares through Sept. 29'): a limit set in the past may lie ahead, so it
    is the nearest such date, as in a clause of no tense."""
    if LIMIT_BEFORE.search(doc_text(doc), max(0, start - 10), start):
        return None
    return clause_tense(doc, start, end)


def _is_word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum()) and start < end


def _plausible(doc: Doc, start: int, end: int) -> bool:
    """Drop ages ('52-year-old'), counts, and words used as verbs or names."""
    text = doc_text(doc)
    if AGE.match(text[end : end + 8]) or COMPOUND_OR_DECIMAL.match(text[end : end + 2]):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if all(t.like_num or t.is_punct for t in span) and _counts_something(span[-1]):
        return False
    if span[0].pos_ in VERB_POS:  # 'fall apart', 'last a week'
        return False
    if _looks_like_time(span, text[end : end + 20]):
        return False
    return not (span.text.lower() in AMBIGUOUS_MONTHS and span[0].ent_type_ != "DATE")


def _looks_like_time(span: Span, after: str) -> bool:
    """A newspaper 'daily', 'the fall of Saigon' (an event's name, not autumn), a title ('60
    Minutes': a capitalised unit after a number in sentence-case text), 'three-quarters of its
    food' (a fraction, like 'the second half of the match'), 'the March for Life' (a month in
    a name), 'a second term' (an ordinal), 'Easter Island', 'the Six-Day War' (a name opening
    with a time word), 'the future of NATO' (times/vague.py)."""
    word = span.text.lower()
    if _in_longer_name(span) or names_no_time(span):
        return True
    if word in TIME_NOUNS and span[0].pos_ == "NOUN":
        return True
    if word in ("fall", "spring") and EVENT_OF.match(after):
        return True
    if (FRACTION.fullmatch(span.text) or word.endswith("half")) and EVENT_OF.match(after):
        return True
    if word in MONTHS and MONTH_IN_NAME.match(after) and _has_article(span[0]):
        return True
    if span[-1].lower_ == "second" and span[-1].pos_ == "ADJ":  # 'a second term': an ordinal
        return True
    return (
        len(span) == 2 and span[0].like_num and span[1].text.istitle() and _sentence_case(span.sent)
    )


def _has_article(token: Token) -> bool:
    """A date takes no article ('until March for Congress to act'); a name does ('the annual
    March for Life', 'a March for Our Lives rally')."""
    return any(c.dep_ == "det" and c.lower_ in ARTICLES for c in token.children)


def _in_longer_name(span: Span) -> bool:
    """'Easter Island', 'the Six-Day War', 'the Summer Olympics', 'USA Today': the named entity
    of a place, event, body or work goes on around the time word (a bare 'Easter' the small
    model may also call a place stays a day; a year closing a name, 'Union Resolve 2022', is
    still the year)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.ent_iob_ == "I" and after.ent_type_ in AFTER_NAME_ENTITIES:
        return True
    first = span[0]  # a word closing a name begun before it: 'USA Today', 'the Arab Spring'
    return first.is_alpha and first.ent_iob_ == "I" and first.ent_type_ in AFTER_NAME_ENTITIES


def _sentence_case(sentence: Span) -> bool:
    """Running text writes its content words in lower case; a title-case headline ('Talks
    Resume After 3 Days') capitalises every one, so a capital there says nothing of a name."""
    return any(t.is_alpha and t.is_lower and not t.is_stop for t in sentence)


def _counts_something(token: Token) -> bool:
    """'2000 patients', 'two thousand troops' are counts; 'Union Resolve 2022' and 'in 1998'
    are years."""
    if token.i > 0 and token.nbor(-1).pos_ == "PROPN":
        return False
    if token.dep_ == "nummod" and token.head.tag_ == PLURAL_NOUN_TAG:
        return True
    return token.ent_type_ in NOT_TIME_ENTITIES


def _candidates(text: str) -> list[tuple[int, int, int]]:
    """(start, end, rule index) of every rule match on word boundaries, overlapping ones too
    ('last a week' and 'a week'), so the choice among them is made after filtering."""
    return [
        (start, end, index)
        for start, end, index in RULE_SCAN.matches(text)
        if _is_word_bounded(text, start, end)
    ]


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in taken)


def _coordinated(doc: Doc, anchor_of: AnchorOf) -> list[Found]:
    """'this and next year' → 'this' (the current year) and 'next year'."""
    found = []
    for match in COORDINATED.finditer(doc_text(doc)):
        tense = clause_tense(doc, match.start(), match.end())
        unit = match["unit"]
        for group in ("a", "b"):
            end = match.end() if group == "b" else match.end(group)
            context = Context(anchor_of(match.start()), tense)
            timex = normalise(f"{match[group]} {unit}", context)
            if timex is not None:
                found.append(Found(match.start(group), end, timex))
    return found


def _rule_spans(doc: Doc, anchor_of: AnchorOf, taken: list[tuple[int, int]]) -> list[Found]:
    """Longest rule matches first, each normalised in its clause's tense."""
    found = []
    for start, end, index in sorted(_candidates(doc_text(doc)), key=lambda c: (c[0] - c[1], c[2])):
        if _overlaps(start, end, taken) or not _plausible(doc, start, end):
            continue
        pattern, handler = COMPILED[index]
        match = pattern.fullmatch(doc_text(doc), start, end)
        context = Context(anchor_of(start), _tense_at(doc, start, end))
        timex = handler(match, context) if match else None
        if timex is not None:
            taken.append((start, end))
            found.append(Found(start, end, timex))
    return found


def _entity_date(entity: Span, anchor: date | None) -> Found | None:
    """A spaCy DATE entity that no rule covers, read by dateparser when it names a dated day."""
    text = LEADING_WORDS.sub("", entity.text)
    start = entity.end_char - len(text)
    if not re.search(r"\b(?:1[6-9]|20)\d\d\b", text) or anchor is None:
        return None
    import dateparser  # imported on first need: its import is 0.2 s of a cold start, and few
    # articles have a dated entity that no rule reads

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day)},
    )
    if parsed is None:
        return None
    return Found(start, entity.end_char, Timex(TimeType.DATE, parsed.date().isoformat(), "day"))


def find_times(doc: Doc, anchor: date | None) -> list[Found]:
    """Every temporal expression in the text, in text order, without overlaps; those inside a
    quoted document with a date of its own are read against that date."""
    anchor_of = anchor_at(document_regions(doc_text(doc)), anchor)
    found = _coordinated(doc, anchor_of)
    taken = [(f.start, f.end) for f in found]
    found += _rule_spans(doc, anchor_of, taken)
    for entity in doc.ents:
        if entity.label_ in TIME_ENTITIES and not _overlaps(
            entity.start_char, entity.end_char, taken
        ):
            extra = _entity_date(entity, anchor_of(entity.start_char))
            if extra is not None and _plausible(doc, extra.start, extra.end):
                taken.append((extra.start, extra.end))
                found.append(extra)
    found = sorted(found, key=lambda f: f.start)
    return _with_modifiers(doc_text(doc), in_context(doc, found, anchor))


def _widened(text: str, found: Found, before: re.Pattern[str], limit: int) -> Found:
    """The expression widened over what `before` finds right before it (after `limit`)."""
    match = before.search(text, max(limit, found.start - 30), found.start)
    if match and _is_word_bounded(text, match.start(), found.end):
        return Found(match.start(), found.end, found.timex)
    return found


def _with_modifiers(text: str, found: list[Found]) -> list[Found]:
    """Each expression widened over a modifier written right before it (MODIFIER_BEFORE)."""
    out, previous_end = [], 0
    for f in found:
        if f.timex.granularity in PARTS_OF_YEAR and "-" not in text[f.start : f.end]:
            f = _widened(text, f, DETERMINER_BEFORE, previous_end)
        f = _widened(text, f, MODIFIER_BEFORE, previous_end)
        out.append(f)
        previous_end = f.end
    return out


def _record(index: int, text: str, found: Found, anchor: date | None) -> TimeExpression:
    timex = found.timex
    vague = timex.type is TimeType.VAGUE
    return TimeExpression(
        id=f"t{index}",
        evidence=Evidence.of(text, found.start, found.end),
        type=timex.type,
        value=None if vague or timex.type is TimeType.RANGE else timex.timex3,
        start=timex.start,
        end=timex.end,
        granularity=timex.granularity,
        anchor=anchor.isoformat() if anchor and timex.relative else None,
        timex3=timex.timex3,
    )


def extract_times(doc: Doc, article: Article) -> list[TimeExpression]:
    """Temporal expressions with ISO 8601 values resolved against the article date."""
    anchor = article_anchor(article)
    dateline = article.date.evidence if article.date else None
    found = [
        f
        for f in find_times(doc, anchor)
        if dateline is None or f.end <= dateline.start or f.start >= dateline.end
    ]  # the dateline's date is the article's own date (metadata), not a time in the story
    return [_record(i, article.text, f, anchor) for i, f in enumerate(found, start=1)]
