"""Speakers resolved to actors, and source chains: agency ← cited outlet ← speaker.

A wire story relays what an outlet reported ("the BelTA news agency quoted Lukashenko as
saying"). Where the sentence credits the relay itself ("“…,” X said, according to Y"), the
quote's speaker is Y, as PolNeAR annotates such nested attributions, and the chain runs on to
X. Once an outlet is cited for a speaker, that speaker's later quotes in the article reach the
page through it too, and their chain points at the citing sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from eventwire.model import Actor, Article, Evidence, Mention, Quote, QuoteKind, Source, Speaker
from eventwire.quotes.gender import SpeakerAgreement
from eventwire.quotes.groups import overlaps
from eventwire.quotes.owners import antecedent, owned_head, owner_of

Range = tuple[int, int]


@dataclass
class QuoteFacts:
    """What the finder read for one quote, before speakers are resolved to actors."""

    kind: QuoteKind
    content: Range
    cue: Range | None
    speaker: Span | None
    outlet: Span | None
    credited: Span | None = None  # "“…,” X said, according to Y": Y is the source credited


class SourceResolver:
    """Looks up the actor behind a span of text through the resolved mentions."""

    def __init__(
        self,
        article: Article,
        actors: list[Actor],
        mentions: list[Mention],
        agreement: SpeakerAgreement | None = None,
    ) -> None:
        self.text = article.text
        self.actors = {actor.id: actor for actor in actors}
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.agreement = agreement

    def mention_in(self, start: int, end: int) -> Mention | None:
        """The mention inside the span that ends last (a noun phrase's head comes last)."""
        inside = [m for m in self.mentions if start <= m.evidence.start and m.evidence.end <= end]
        return max(inside, key=lambda m: m.evidence.end, default=None)

    def speaker(self, span: Span | None) -> Speaker:
        if span is None:
            return Speaker()
        mention = self.mention_in(span.start_char, span.end_char)
        if mention is None:
            return self._unnamed(span)
        head = owned_head(span, (mention.evidence.start, mention.evidence.end))
        if head is not None:  # "the governor's office": the office spoke, not the governor
            evidence = Evidence.of(self.text, *head)
            return Speaker(mention=evidence, name=evidence.text)
        actor_id = self.agreement.actor_for(mention) if self.agreement else mention.actor_id
        return Speaker(
            mention=mention.evidence,
            actor_id=actor_id,
            name=self.actors[actor_id].name if actor_id else None,
        )

    def _unnamed(self, span: Span) -> Speaker:
        """A phrase with no mention: a relative word takes the actor of the noun it stands for."""
        evidence = Evidence.of(self.text, span.start_char, span.end_char)
        noun = antecedent(span)
        found = noun and self.mention_in(noun.left_edge.idx, noun.idx + len(noun))
        if not found:
            return Speaker(mention=evidence)
        actor_id = found.actor_id
        return Speaker(mention=evidence, actor_id=actor_id, name=self.actors[actor_id].name)

    def owner(self, span: Span | None) -> Source | None:
        """The owner of an office or agent that spoke ("the governor's office": the governor),
        where no mention names the office itself."""
        owner = owner_of(span.root) if span is not None else None
        if owner is None or self.mention_at(span.root.idx) is not None:
            return None
        mention = self.mention_at(owner.idx)
        if mention is None:
            return None
        actor = self.actors.get(mention.actor_id)
        name = actor.name if actor else mention.evidence.text
        return Source(name=name, actor_id=mention.actor_id, evidence=mention.evidence)

    def mention_at(self, index: int) -> Mention | None:
        """The mention holding the character at `index`."""
        return next((m for m in self.mentions if m.evidence.start <= index < m.evidence.end), None)

    def source(self, span: Span) -> Source:
        speaker = self.speaker(span)
        return Source(
            name=speaker.name or span.text, actor_id=speaker.actor_id, evidence=speaker.mention
        )

    def agency(self, article: Article) -> Source | None:
        if article.agency is None:
            return None
        evidence = article.agency.evidence
        mention = evidence and self.mention_in(evidence.start, evidence.end)
        return Source(
            name=article.agency.value,
            actor_id=mention.actor_id if mention else None,
            evidence=evidence,
        )


def build_quotes(
    article: Article,
    found: list[QuoteFacts],
    actors: list[Actor],
    mentions: list[Mention],
    agreement: SpeakerAgreement | None = None,
) -> list[Quote]:
    """Quote records in text order, numbered Q1…, each with speaker and source chain; a
    pronoun speaker's person agrees with it in gender where `agreement` is given."""
    resolver = SourceResolver(article, actors, mentions, agreement)
    agency = resolver.agency(article)
    outlets: dict[str, Source] = {}  # speaker actor → the outlet cited for them
    quotes = []
    for number, facts in enumerate(found, start=1):
        speaker = resolver.speaker(facts.speaker)
        outlet = resolver.source(facts.outlet) if facts.outlet is not None else None
        if outlet is not None and speaker.actor_id:
            outlets[speaker.actor_id] = outlet
        elif speaker.actor_id:
            outlet = outlets.get(speaker.actor_id)
        credited = resolver.speaker(facts.credited) if facts.credited is not None else speaker
        quotes.append(
            Quote(
                id=f"Q{number}",
                kind=facts.kind,
                content=Evidence.of(article.text, *facts.content),
                cue=Evidence.of(article.text, *facts.cue) if facts.cue else None,
                speaker=credited,
                chain=_chain([agency, outlet, resolver.owner(facts.speaker)], speaker),
            )
        )
    return quotes


def _chain(links: list[Source | None], speaker: Speaker) -> list[Source]:
    """Outermost first (agency, outlet, owner, speaker); a link that repeats the one before it
    (an agency quoting itself) goes."""
    if speaker.mention is not None:
        links.append(
            Source(
                name=speaker.name or speaker.mention.text,
                actor_id=speaker.actor_id,
                evidence=speaker.mention,
            )
        )
    chain: list[Source] = []
    for link in links:
        if link is not None and not (chain and _same(chain[-1], link)):
            chain.append(link)
    return chain


def _same(a: Source, b: Source) -> bool:
    return (a.actor_id is not None and a.actor_id == b.actor_id) or a.name == b.name


def outer_report(facts: QuoteFacts, found: list[QuoteFacts]) -> QuoteFacts | None:
    """ "Ash wrote that they made “numerous requests” to withdraw it, “and even to agree …”":
    the reported clause is one mixed quote; a second quoted piece of it, taken by the same cue
    or by a verb inside the clause ("made"), is a direct quote of its own words by the
    clause's speaker, not the mixed quote again. So is a direct piece whose cue stands inside
    the clause ("X told him that she is feeling “…” before the “…”": X's, not "she")."""
    if facts.cue is None:
        return None
    cue_start = facts.cue[0]
    mixed = facts.kind == QuoteKind.MIXED
    return next(
        (
            other
            for other in found
            if other.kind == QuoteKind.MIXED
            and overlaps(other.content, facts.content)
            and (
                (mixed and other.cue == facts.cue)
                or other.content[0] <= cue_start < other.content[1]
            )
        ),
        None,
    )
