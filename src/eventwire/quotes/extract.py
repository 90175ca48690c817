"""Quotes of an article: direct, indirect and mixed, each with its cue and speaker.

Quoted passages come from `parse.quotemarks`; passages that continue over paragraphs or are
split by an attribution ("…," he said, "…") are joined into one quote, as PolNeAR annotates them.
Each quote takes "Name:" before it, else the outermost, nearest cue whose clause holds it
(`quotes.cues`), else the verb governing a quoted fragment ("called the plan “a disaster”",
kind mixed); a quote paragraph without any takes the speaker of the quote just before it. Cues
left over with a complement are indirect quotes ("X said (that) …", "according to X, …"),
outermost only, and mixed when a quoted fragment is inside.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.tokens import Doc, Span

from eventwire.model import Actor, Article, Mention, Quote, QuoteKind
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import paragraphs, quoted_spans
from eventwire.quotes.chains import QuoteFacts, build_quotes, outer_report
from eventwire.quotes.cues import Cue, Range, find_cues, governing_cue
from eventwire.quotes.elaborations import under_another_cue
from eventwire.quotes.framing import set_into_sentence
from eventwire.quotes.gender import SpeakerAgreement
from eventwire.quotes.groups import QuoteGroup, contains, distance, inner, overlaps
from eventwire.quotes.headlines import headline_range, only_reported
from eventwire.quotes.introducers import introduces, nested, opens_with_colon, reports_onward
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
from eventwire.quotes.plain_cues import find_plain_cues
from eventwire.quotes.relatives import reports_relative
from eventwire.quotes.relays import relays
from eventwire.quotes.sentence_splits import own_sentence
from eventwire.quotes.set_off_sources import digest_headline_cue
from eventwire.quotes.soundbites import soundbites
from eventwire.quotes.split_reports import reported_apart
from eventwire.quotes.stance_adjectives import find_stance_adjectives
from eventwire.quotes.stance_objects import names_a_party
from eventwire.quotes.subject_clauses import in_subject_clause
from eventwire.quotes.surveys import survey_of
from eventwire.quotes.taken_cues import reports, reports_again
from eventwire.quotes.turns import with_turns

MIN_WORDS_ALONE = 5  # a shorter quoted passage without a cue is a title or scare quote
MAX_SPLIT_GAP = 80  # characters of attribution between the halves of a split quote
MIN_INDIRECT_WORDS = 2
CLOSING = "”»\"’'"  # ' for the second half of a typewriter '' mark
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
        self.paragraphs = paragraphs(self.text)
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.claimed: set[int] = set()  # ids of cues already attached to a direct quote

    def find(self) -> list[QuoteFacts]:
        """Direct quotes first, so the cues they take are not read again as indirect ones."""
        found: list[QuoteFacts] = []
        for group in self._groups():
            facts = self._direct(group, found)
            outer = outer_report(facts, found) if facts is not None else None
            if outer is not None:  # the clause's own speaker said this piece
                facts = replace(outer, kind=QuoteKind.DIRECT, content=inner(self.text, group))
            if facts is not None:
                found.append(facts)
        found.extend(self._indirect(found))
        return sorted(found, key=lambda facts: facts.content)

    def _groups(self) -> list[QuoteGroup]:
        groups: list[QuoteGroup] = []
        for span in self.quotes:
            if self.text[span[0] - 1 : span[0]] == "=":
                continue  # a markup attribute (<tweet author="…">), not a quotation
            if groups and self._continues(groups[-1].spans[-1], span):
                groups[-1].spans.append(span)
            else:
                groups.append(QuoteGroup([span]))
        return self._whole_turns(groups)

    def _whole_turns(self, groups: list[QuoteGroup]) -> list[QuoteGroup]:
        """ "“PENCE: … an episode of “Shark Tank.” But …": a transcript turn runs to its
        paragraph's end even where a mark inside it closed the quote early; the quotes and
        cues after that mark are the speaker's own words."""
        kept: list[QuoteGroup] = []
        for group in groups:
            if kept and group.start < kept[-1].end:
                continue
            end = self._paragraph_end(group.end - 1)
            turn = transcript_cue(self.doc, inner(self.text, group)[0]) is not None
            if turn and group.end < end:
                group.spans[-1] = (group.spans[-1][0], end)
                self.cues = [c for c in self.cues if not group.start <= c.token.idx < end]
            kept.append(group)
        return kept

    def _continues(self, previous: Range, span: Range) -> bool:
        """The next paragraph reopens an unclosed quote (unless a transcript's next speaker
        opens it), or an attribution splits a quote."""
        gap = self.text[previous[1] : span[0]]
        if previous[1] == self._paragraph_end(previous[0]):
            turn = transcript_cue(self.doc, inner(self.text, QuoteGroup([span]))[0]) is not None
            return gap.strip() == "" and self.text[previous[1] - 1] not in CLOSING and not turn
        inner_end = self.text[previous[0] : previous[1]].rstrip(CLOSING + "“")
        return (
            inner_end.endswith(",")
            and len(gap) <= MAX_SPLIT_GAP
            and "\n" not in gap
            and any(previous[1] <= cue.token.idx < span[0] for cue in self.cues)
            and not self._sentence_starts_within(previous[1], span[0])
            and not own_sentence(self.text, previous, span, self.cues)
            and not reported_apart(self.text, self.cues, previous, span)
        )

    def _sentence_starts_within(self, start: int, end: int) -> bool:
        """ "“…,” X said. He called it “…”": a new sentence in the gap ends the split quote."""
        gap = self.doc.char_span(start, end, alignment_mode="contract")
        return gap is not None and any(token.is_sent_start for token in gap[1:])

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
        paragraph = self._paragraph_index(group.start)
        cues = [
            c
            for c in self.cues
            if c.token.idx < group.start
            and self._paragraph_index(c.token.idx) >= paragraph - 1
            and not under_another_cue(c, self.cues)
            and not self._reported_by_another(c)
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
        return self._same_paragraph(cue.token.idx, group) or self._words(group) < MIN_WORDS_ALONE

    def _opens_paragraph(self, group: QuoteGroup) -> bool:
        start = self.paragraphs[self._paragraph_index(group.start)][0] if self.paragraphs else 0
        return self.text[start : group.start].strip() == ""

    def _last_quote_end(self, group: QuoteGroup) -> int:
        """Where the paragraph's last quote ends: a signature after it ("“…” ― Name") signs
        every quote of the paragraph."""
        paragraph = self._paragraph_index(group.end - 1)
        ends = [end for _, end in self.quotes if self._paragraph_index(end - 1) == paragraph]
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
            and self._same_paragraph(c.token.idx, group)
            and not in_subject_clause(c.token, governing.token.idx)
        ]
        return max(above, key=lambda cue: ancestors.index(cue.token), default=None)

    def _according_to(self, cue: Cue) -> Span | None:
        """ "“…,” X said, according to Y": Y relayed X's words, so Y joins the chain. Only a
        sentence of the cue's own paragraph counts (the parser may run one over a break)."""
        paragraph = self._paragraph_index(cue.token.idx)
        for other in self.cues:
            if (
                other.token.lower_ == "according"
                and other.token.sent == cue.token.sent
                and self._paragraph_index(other.token.idx) == paragraph
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
        if not self._same_paragraph(cue.token.idx, group):
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
        """The attribution just before, if it is in this paragraph or the previous one."""
        if not found or found[-1].speaker is None:
            return None
        paragraph = self._paragraph_index(group.start)
        last = self._paragraph_index(found[-1].content[1] - 1)
        return found[-1] if last >= paragraph - 1 else None

    def _indirect(self, found: list[QuoteFacts]) -> list[QuoteFacts]:
        """Cues left over, outermost only: in "X said he plans to …" the claim is X's. A cue
        nested in any other's complement reports nothing of its own, even where the outer cue
        went to a quote sharing its sentence ("X told host “New Day” she believed …") or its
        subject was lost to a misparse ("Large majorities … said they support …"): the inner
        subject is never the one PolNeAR credits there."""
        quoted = [facts.content for facts in found]
        free = [c for c in self.cues if id(c) not in self.claimed and c.content is not None]
        indirect = []
        for cue in free:
            assert cue.content is not None
            told = any(start <= cue.token.idx < end for start, end in quoted)
            told = (told or self._reported_by_another(cue)) and not reports_relative(cue.token)
            if told or any(overlaps(cue.content, span) for span in quoted):
                continue
            if not self._substantial(cue):
                continue
            quoted_inside = any(contains(cue.content, span) for span in self.quotes)
            kind = QuoteKind.MIXED if quoted_inside else QuoteKind.INDIRECT
            facts = QuoteFacts(kind, cue.content, cue.span, cue.speaker, cue.outlet)
            indirect.append(replace(facts, credited=survey_of(cue)))
        return indirect

    def _reported_by_another(self, cue: Cue) -> bool:
        """The cue stands in another cue's content ("According to the statement, Kelly met
        Trump to discuss plans"): it is part of that report, not an attribution of its own.
        "…, according to X" reports its whole clause, so a cue inside that clause ("the
        ministry was signaling support …, according to an official") does not report it."""
        outer = [
            c.content for c in self.every_cue if c.content and c is not cue and not relays(cue, c)
        ]
        return any(start <= cue.token.idx < end for start, end in outer)

    def _substantial(self, cue: Cue) -> bool:
        assert cue.content is not None
        words = len(self.text[cue.content[0] : cue.content[1]].split())
        return words >= MIN_INDIRECT_WORDS or names_a_party(cue)

    def _words(self, group: QuoteGroup) -> int:
        return sum(len(self.text[start:end].split()) for start, end in group.spans)

    def _paragraph_index(self, position: int) -> int:
        """The paragraph holding `position` (or the last one before it)."""
        return max(0, bisect_right(self.paragraph_starts, position) - 1)

    def _paragraph_end(self, position: int) -> int:
        return self.paragraphs[self._paragraph_index(position)][1] if self.paragraphs else 0

    def _same_paragraph(self, position: int, group: QuoteGroup) -> bool:
        here = self._paragraph_index(position)
        return here in {self._paragraph_index(group.start), self._paragraph_index(group.end - 1)}
