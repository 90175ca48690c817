"""Pronoun–speaker agreement: "he said" stands for a man, "she said" for a woman.

The actors stage links a pronoun to the person mentioned last before it, whatever their gender,
so "he said" can land on the woman named just before. A person's gender is read from the
article itself, an honorific or gendered noun at a name ("Mr. X", "X, a spokeswoman", "his
wife, X"; `honorific`, `kin_noun` and `person_gender` in `lexicons/word_lists.tsv`), else
from the given name (the `nomquamgender` table), a title linked to the person, or the
pronouns linked to them where most agree. A pronoun speaker whose person has the other
gender stands for the nearest person of its own gender named before it, outside quotes; with
none, for no one (a wrong name is worse than none).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property

from spacy.tokens import Doc, Span, Token

from eventwire.lexicons import word_map
from eventwire.lexicons.given_names import gender_of_full_name
from eventwire.model import Actor, ActorType, Mention, MentionKind
from eventwire.parse.quotemarks import inside

Range = tuple[int, int]
MIN_PRONOUN_VOTES = 2  # fewer tied pronouns say too little about a person
PRONOUN_MAJORITY = 0.75  # the share of tied pronouns that must agree (the ties are gender-blind)


class SpeakerAgreement:
    """Each person's gender, and the person a gendered pronoun speaker stands for."""

    def __init__(
        self, doc: Doc, actors: list[Actor], mentions: list[Mention], quotes: list[Range]
    ) -> None:
        self.doc = doc
        self.people = {a.id: a.name for a in actors if a.type == ActorType.PERSON}
        self.mentions = sorted(mentions, key=lambda m: m.evidence.start)
        self.quotes = quotes

    @cached_property
    def genders(self) -> dict[str, str]:
        """Read only when a pronoun speaker asks: most articles have none."""
        return person_genders(self.doc, self.people, self.mentions)

    def actor_for(self, mention: Mention) -> str | None:
        """The actor a pronoun mention stands for: the actors stage's choice where its gender
        agrees or is unknown, else the nearest person of the pronoun's gender before it (one of
        unknown gender is as often a misread name, "Pell Grants", as a person)."""
        gender = word_map("pronoun_gender").get(mention.evidence.text.lower())
        if mention.kind != MentionKind.PRONOUN or not gender:
            return mention.actor_id
        if self.genders.get(mention.actor_id) in {None, gender}:
            return mention.actor_id
        before = [
            m
            for m in self.mentions
            if m.evidence.end <= mention.evidence.start
            and self.genders.get(m.actor_id) == gender
            and not inside(self.quotes, m.evidence.start)
        ]
        return before[-1].actor_id if before else None


@dataclass
class Clues:
    """What the article says of one person's gender, strongest first."""

    marks: Counter[str] = field(default_factory=Counter)  # "Mr. X", "his wife, X"
    titles: Counter[str] = field(default_factory=Counter)  # "the congresswoman" linked to X
    pronouns: Counter[str] = field(default_factory=Counter)  # pronouns linked to X

    def gender(self, name: str) -> str | None:
        """Marks at a name decide where there are any (none where they disagree: a couple
        merged into one actor); then the given name, a title the actors stage linked to the
        person (such links can go astray), and most of the linked pronouns."""
        if self.marks:
            return _single(self.marks)
        return gender_of_full_name(name) or _single(self.titles) or _majority(self.pronouns)


def person_genders(doc: Doc, people: dict[str, str], mentions: list[Mention]) -> dict[str, str]:
    """Actor id → "m" or "f" for the people whose gender the article tells."""
    clues = {actor_id: Clues() for actor_id in people}
    pronouns = word_map("pronoun_gender")
    for mention in mentions:
        if mention.actor_id not in clues:
            continue
        found = clues[mention.actor_id]
        if mention.kind == MentionKind.PRONOUN:
            gender = pronouns.get(mention.evidence.text.lower())
            found.pronouns.update([gender] if gender else [])
            continue
        span = doc.char_span(mention.evidence.start, mention.evidence.end, alignment_mode="expand")
        if span is None:
            continue
        found.marks.update(_marked_genders(span))
        if mention.kind == MentionKind.TITLE:  # a name's own words: "Carole King" is no king
            found.titles.update(_genders_of(span))
    genders = {actor_id: c.gender(people[actor_id]) for actor_id, c in clues.items()}
    return {actor_id: gender for actor_id, gender in genders.items() if gender}


def _marked_genders(span: Span) -> list[str]:
    """Genders the words at a mention give: a word just before it ("Mr.", "wife,") and an
    apposition on either side ("X, a spokeswoman", "the congresswoman, X")."""
    return _genders_of([*_just_before(span), *_appositions(span.root)])


def _genders_of(tokens: Iterable[Token]) -> list[str]:
    """The genders of the honorifics and gendered nouns among the tokens."""
    words = gendered_words()
    return [words[t.lower_.rstrip(".")] for t in tokens if t.lower_.rstrip(".") in words]


@cache
def gendered_words() -> dict[str, str]:
    """Word → "m"/"f": the courtesy titles and kin nouns the actor rules read, each list kept
    once in `word_lists.tsv` with its gender, and the other gendered nouns (`person_gender`)."""
    lists = [word_map("honorific"), word_map("kin_noun"), word_map("person_gender")]
    return {word: gender for words in lists for word, gender in words.items() if gender}


def _just_before(span: Span) -> list[Token]:
    """The word before the mention, over one comma ("his wife, Melania")."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return [doc[i]] if i >= 0 else []


def _appositions(root: Token) -> list[Token]:
    """The head nouns in apposition to the mention's head, and the one it is apposed to."""
    nouns = [child for child in root.children if child.dep_ == "appos"]
    return nouns + ([root.head] if root.dep_ == "appos" else [])


def _single(votes: Counter[str]) -> str | None:
    """The one gender the marks give; none where they disagree."""
    return next(iter(votes)) if len(votes) == 1 else None


def _majority(votes: Counter[str]) -> str | None:
    """The gender most linked pronouns have, where enough of them agree."""
    if sum(votes.values()) < MIN_PRONOUN_VOTES:
        return None
    gender, count = votes.most_common(1)[0]
    return gender if count / sum(votes.values()) >= PRONOUN_MAJORITY else None
