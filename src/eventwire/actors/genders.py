"""Gender agreement for pronoun links: "he" does not stand for a person the article shows is a
woman, nor "she" for a man.

The nearest person before a pronoun is often the wrong one where a man and a woman are named in
turn ("Davis lashed out at Trump, telling him that whatever he meant ..."). A person's gender is
read from a courtesy title at any of their names ("Mrs. Clinton"; `honorific` in
`lexicons/word_lists.tsv`), else from the given name (`given_names.py`). People whose
gender the article does not tell stay open to any pronoun, but one called by a surname that
the known-actors table gives to a person of the other gender (`known_genders.py`) yields to
anyone else who fits.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from typing import TypeVar

from eventwire.actors.candidates import Candidate
from eventwire.actors.known_genders import known_gender
from eventwire.given_names import gender_of_full_name
from eventwire.lexicons import word_map
from eventwire.model import Actor, ActorType, MentionKind

WORD_BEFORE = re.compile(r"(\w+)\.?\s+$")
NAMED = {MentionKind.NAME, MentionKind.SURNAME}
T = TypeVar("T")


class PersonGenders:
    """What the article tells of each person's gender, gathered as names are linked."""

    def __init__(self, text: str, on: date | None = None) -> None:
        self.text, self.on = text, on  # the article's day, for the table's people of that day
        self.marks: defaultdict[str, Counter[str]] = defaultdict(Counter)

    def note(self, candidate: Candidate, actor: Actor) -> None:
        """Keep the courtesy title written just before a person's name, if any."""
        if actor.type != ActorType.PERSON or candidate.kind not in NAMED:
            return
        gender = self.mark_at(candidate)
        if gender:
            self.marks[actor.id][gender] += 1

    def mark_at(self, candidate: Candidate) -> str | None:
        """The gender of a courtesy title written just before the mention ("Mrs. Clinton")."""
        before = WORD_BEFORE.search(self.text, max(0, candidate.start - 8), candidate.start)
        return (word_map("honorific").get(before.group(1).lower()) or None) if before else None

    def fitting(
        self, people: list[tuple[T, Actor]], pronoun_gender: str | None
    ) -> list[tuple[T, Actor]]:
        """The people a pronoun of this gender may stand for, in their order: any whose gender
        is the pronoun's or is not told (a surname alone, a description: "the GOP nominee")."""
        if not pronoun_gender:
            return people
        actors = {id(actor): actor for _, actor in people}  # each once, not per mention
        genders = {key: self.gender(actor) for key, actor in actors.items()}
        fitting = [p for p in people if genders[id(p[1])] in {None, pronoun_gender}]
        return self._not_known_otherwise(fitting, pronoun_gender)

    def _not_known_otherwise(
        self, people: list[tuple[T, Actor]], pronoun_gender: str
    ) -> list[tuple[T, Actor]]:
        """Without the people called by a surname the table knows as someone of the other
        gender ("President Obama ... Rep. Ann Kirkpatrick ... she"), while anyone is left: a
        pronoun that only such a person could take may say the surname is a namesake's
        (`namesake_genders`)."""
        known = {id(a): known_gender(a.name, self.on) for _, a in people if " " not in a.name}
        surer = [p for p in people if known.get(id(p[1])) in {None, pronoun_gender}]
        return surer or people

    def gender(self, actor: Actor) -> str | None:
        """Courtesy titles decide where they agree (a couple merged into one actor has both);
        else the given name."""
        marks = self.marks.get(actor.id)
        if marks:
            return next(iter(marks)) if len(marks) == 1 else None
        return gender_of_full_name(actor.name)
