"""Quotes of an article: direct, indirect and mixed, each with its cue and speaker.

Quoted passages come from `parse.quotemarks`; passages that continue over paragraphs or are
split by an attribution ("…," he said, "…") are joined into one quote, as PolNeAR annotates them
(`quotes.joined_quotes`).
Each quote takes "Name:" before it, else the outermost, nearest cue whose clause holds it
(`quotes.cues`), else the verb governing a quoted fragment ("called the plan “a disaster”",
kind mixed, `quotes.governing`); a quote paragraph without any takes the speaker of the
quote just before it. Cues left over with a complement are indirect quotes ("X said (that)
…", "according to X, …"), outermost only, and mixed when a quoted fragment is inside
(`quotes.indirect`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.model import Actor, Article, Mention, Quote, QuoteKind
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import quoted_spans
from eventwire.quotes.chains import QuoteFacts, build_quotes, outer_report
from eventwire.quotes.cues import Cue, Range, find_cues
from eventwire.quotes.elaborations import under_another_cue
from eventwire.quotes.framing import set_into_sentence
from eventwire.quotes.gender import SpeakerAgreement
from eventwire.quotes.governing import governing_cue
from eventwire.quotes.groups import QuoteGroup, contains, distance, inner, overlaps
from eventwire.quotes.headlines import headline_range, only_reported
from eventwire.quotes.indirect import indirect_quotes, reported_by_another
from eventwire.quotes.introducers import introduces, nested, opens_with_colon, reports_onward
from eventwire.quotes.joined_quotes import QuoteJoiner
from eventwire.quotes.layout_cues import (
    colon_clause_cue,
    colon_cue,
    headline_cue,
    signed_cue,
    transcript_cue,
)
from eventwire.quotes.message_topics import find_message_topics
from eventwire.quotes.naming_quotes import names_it
from eventwire.quotes.noun_cues import find_noun_cues
from eventwire.quotes.paragraph_index import Paragraphs
from eventwire.quotes.plain_cues import find_plain_cues
from eventwire.quotes.set_off_sources import digest_headline_cue
from eventwire.quotes.soundbites import soundbites
from eventwire.quotes.stance_adjectives import find_stance_adjectives
from eventwire.quotes.subject_clauses import in_subject_clause
from eventwire.quotes.surveys import survey_of
from eventwire.quotes.taken_cues import reports, reports_again
from eventwire.quotes.turns import with_turns

MIN_WORDS_ALONE = 5  # a shorter quoted passage without a cue is a title or scare quote
# between "X said" and the quote it introduces: "X told reporters:" or "X said, “…”"
FOLLOWS = re.compile(r"[ ,\u00a0]{0,3}")  # between a quote and the "X said" after it


def extract_quotes(
    doc: Doc, article: Article, actors: list[Actor], mentions: list[Mention]
) -> list[Quote]:
    """Every quote in text order, its speaker resolved to an actor and its source chain."""
    bites = soundbites(doc)
    quotes = sorted(with_turns(doc_text(doc), quoted_spans(doc_text(doc))) + list(bites))
    found = [*find_cues(doc, quotes), *find_noun_cues(doc, quotes)]
    found += find_plain_cues(doc, quotes) + find_message_topics(doc, quotes)
    found += find_stance_adjectives(doc, quotes)
    found = [cue for cue in found if not only_reported(article, cue)]
    names = {word for m in mentions for word in m.evidence.text.split()}
    titled = headline_cue(doc, headline_range(article), names)
    cues = sorted(found + ([titled] if titled else []), key=lambda cue: cue.token.i)
    finder = QuoteFinder(doc, quotes, cues, bites)
    agreement = SpeakerAgreement(doc, actors, mentions, quotes)
    return build_quotes(article, finder.find(), actors, mentions, agreement)


class QuoteFinder:
    """Pairs quoted passages with cues, then turns the cues left over into indirect quotes."""

    def __init__(
        self, doc: Doc, quotes: list[Range], cues: list[Cue], bites: dict[Range, Cue] | None = None
    ) -> None:
        self.doc = doc
        self.bites = bites or {}  # unquoted paragraphs a transcript gives a speaker's words
        self.text = doc_text(doc)
        self.quotes = quotes
        self.cues = [cue for cue in cues if cue.speaker is not None]
        self.every_cue = cues  # nesting counts cues without a speaker too
        self.layout = Paragraphs(self.text)
        self.claimed: set[int] = set()  # ids of cues already attached to a direct quote

    def find(self) -> list[QuoteFacts]:
        """Direct quotes first, so the cues they take are not read again as indirect ones."""
        found: list[QuoteFacts] = []
        joiner = QuoteJoiner(self.doc, self.cues, self.layout)
        groups = joiner.groups(self.quotes)
        self.cues = joiner.cues  # less those a transcript turn took in
        for group in groups:
            facts = self._direct(group, found)
            outer = outer_report(facts, found) if facts is not None else None
            if outer is not None:  # the clause's own speaker said this piece
                facts = replace(outer, kind=QuoteKind.DIRECT, content=inner(self.text, group))
            if facts is not None:
                found.append(facts)
        free = [c for c in self.cues if id(c) not in self.claimed and c.content is not None]
        found.extend(indirect_quotes(self.text, free, self.every_cue, self.quotes, found))
        return sorted(found, key=lambda facts: facts.content)

    def _direct(self, group: QuoteGroup, found: list[QuoteFacts]) -> QuoteFacts | None:
        content = inner(self.text, group)
        cue = self._attribution(group)
        if cue is not None:
            according = self._according_to(cue) or survey_of(cue)
            outlet = cue.outlet or according
            if cue.content and contains(cue.content, group.span):
                content, kind = cue.content, QuoteKind.MIXED
            else:
                kind = QuoteKind.DIRECT
            return QuoteFacts(kind, content, cue.span, cue.speaker, outlet, according)
        if self._words(group) < MIN_WORDS_ALONE:
            return None
        return QuoteFacts(QuoteKind.DIRECT, content, None, self._continued(group, found), None)

    def _continued(self, group: QuoteGroup, found: list[QuoteFacts]) -> Span | None:
        """A quote paragraph without a cue continues the last speaker named just before it:
        the speaker of the quote before, or of a cue ("Ash argued in his email that …")."""
        previous = self._neighbour(group, found)
        reach = self.layout.reach(group.start)
        cues = [
            c
            for c in self.cues
            if c.token.idx < group.start
            and self.layout.index(c.token.idx) >= reach
            and not under_another_cue(c, self.cues)
            and not reported_by_another(c, self.every_cue)
        ]
        last_cue = cues[-1] if cues else None
        if last_cue is not None and (previous is None or previous.content[1] < last_cue.token.idx):
            return last_cue.speaker
        return previous.speaker if previous else None

    def _attribution(self, group: QuoteGroup) -> Cue | None:
        """ "Name: “…”" (also inside the marks, as in transcripts, or "“…” ― Name" after them),
        a reporting cue that holds the quote, or the verb that governs it.

        A reporting cue that only shares the quote's sentence yields to the verb governing the
        quote ("Boos rained down when X mentioned Y, and the crowd reprised the chant “…”")."""
        named = (
            self.bites.get(group.span)
            or colon_cue(self.doc, group.start)
            or transcript_cue(self.doc, inner(self.text, group)[0])
            or signed_cue(self.doc, self._last_quote_end(group), self._opens_paragraph(group))
            or digest_headline_cue(self.doc, group.start, self._last_quote_end(group))
        )
        if named is not None:
            return named
        cue = self._cue_for(group)
        holds = cue is not None and (
            set_into_sentence(cue.token)  # "Y, X said, did “…”": X's words about Y
            or (cue.content is not None and overlaps(cue.content, group.span))
            or self._introduces(cue, group)
            or names_it(cue, group)
        )
        governing = None if holds else governing_cue(self.doc, group.start, group.spans[0][1])
        if governing and not self._own_paragraph(governing, group):
            governing = None
        governing = governing and (self._reporting_above(governing, group) or governing)
        if governing is not None and (cue is None or governing.token is not cue.token):
            return governing  # unclaimed: its cue may also report the sentence's next quote
        if cue is None:
            return colon_clause_cue(self.doc, group.start)
        if cue is not None:
            self.claimed.add(id(cue))
        return cue

    def _own_paragraph(self, cue: Cue, group: QuoteGroup) -> bool:
        """The parse may run over a paragraph break: a quote that stands alone keeps to its own."""
        return self.layout.same(cue.token.idx, group) or self._words(group) < MIN_WORDS_ALONE

    def _opens_paragraph(self, group: QuoteGroup) -> bool:
        start = self.layout.spans[self.layout.index(group.start)][0] if self.layout.spans else 0
        return self.text[start : group.start].strip() == ""

    def _last_quote_end(self, group: QuoteGroup) -> int:
        """Where the paragraph's last quote ends: a signature after it ("“…” ― Name") signs
        every quote of the paragraph."""
        paragraph = self.layout.index(group.end - 1)
        ends = [end for _, end in self.quotes if self.layout.index(end - 1) == paragraph]
        return max([group.end, *ends])

    def _reporting_above(self, governing: Cue, group: QuoteGroup) -> Cue | None:
        """The outermost reporting cue whose clause holds the governing verb: in "She says
        Trump represents “a rigged system”" the words are hers, not Trump's. Only a cue of the
        same paragraph counts: the small model's parse may run over a paragraph break. A cue
        taken by an earlier quote still reports this one where its complement holds it ("X says
        “…” because “…”")."""
        ancestors = list(governing.token.ancestors)
        above = [
            c
            for c in self.cues
            if c.token in ancestors
            and (id(c) not in self.claimed or reports(c, group))
            and self.layout.same(c.token.idx, group)
            and not in_subject_clause(c.token, governing.token.idx)
        ]
        return max(above, key=lambda cue: ancestors.index(cue.token), default=None)

    def _according_to(self, cue: Cue) -> Span | None:
        """ "“…,” X said, according to Y": Y relayed X's words, so Y joins the chain. Only a
        sentence of the cue's own paragraph counts (the parser may run one over a break)."""
        paragraph = self.layout.index(cue.token.idx)
        for other in self.cues:
            if (
                other.token.lower_ == "according"
                and other.token.sent == cue.token.sent
                and self.layout.index(other.token.idx) == paragraph
                and other is not cue
                and id(other) not in self.claimed
            ):
                self.claimed.add(id(other))
                return other.speaker
        return None

    def _cue_for(self, group: QuoteGroup) -> Cue | None:
        """The nearest free cue whose clause or sentence holds the quote, or that introduces it;
        of nested cues ("X said he expected Y to say “…”") the outermost, who reports it; a cue
        taken by another quote may report this one too (`taken_cues`)."""
        candidates = [
            cue
            for cue in self.cues
            if (id(cue) not in self.claimed or reports_again(cue, group, self.quotes))
            and (self._holds(cue, group) or self._adjacent(cue, group))
        ]
        outermost = [c for c in candidates if not any(nested(c, d) for d in candidates)]
        pool = [c for c in outermost if reports(c, group)] or outermost
        pool = [c for c in pool if self._introduces(c, group)] or pool  # it opens the quote
        return min(pool, key=lambda c: distance(c.span, group), default=None)

    def _holds(self, cue: Cue, group: QuoteGroup) -> bool:
        """The cue's complement or its sentence overlaps the quote, outside its subject."""
        if not self.layout.same(cue.token.idx, group):
            return False
        if in_subject_clause(cue.token, group.start):
            return False
        if reports(cue, group):
            return True
        sentence = cue.token.sent
        sentence_range = (sentence.start_char, sentence.end_char)
        return any(overlaps(sentence_range, span) for span in group.spans)

    def _adjacent(self, cue: Cue, group: QuoteGroup) -> bool:
        """ "X said:" right before the quote, or "” X said." right after it (not "” X said:
        “…”", which opens the next one)."""
        assert cue.speaker is not None
        if cue.span[1] <= group.start:
            return self._introduces(cue, group)
        start = min(cue.span[0], cue.speaker.start_char)
        # read in place: every cue is asked of every quote, and most stand far from it
        if group.end > start or FOLLOWS.fullmatch(self.text, group.end, start) is None:
            return False
        onward = reports_onward(cue, self.text, group.end)
        return not opens_with_colon(cue, self.text) and not onward

    def _introduces(self, cue: Cue, group: QuoteGroup) -> bool:
        """ "X said:" or "X replied, “…”": the cue right before the quote opens it."""
        return introduces(cue, self.text, group.start, self.cues)

    def _neighbour(self, group: QuoteGroup, found: list[QuoteFacts]) -> QuoteFacts | None:
        """The attribution just before, if it is in this paragraph or the previous one (past
        a heading line that announces the quote, `Paragraphs.reach`)."""
        if not found or found[-1].speaker is None:
            return None
        last = self.layout.index(found[-1].content[1] - 1)
        return found[-1] if last >= self.layout.reach(group.start) else None

    def _words(self, group: QuoteGroup) -> int:
        return sum(len(self.text[start:end].split()) for start, end in group.spans)
