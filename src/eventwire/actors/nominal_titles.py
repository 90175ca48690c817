"""Titles standing for a person: "the Belarusian leader", "the president", "Taiwan's foreign
minister", with the country and sector their words or their employer give.

They live apart from mentions.py, which finds names: a title is found after the names, so that
a bracket or an appositive after it can name the person it stands for.
"""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.appositive_windows import of_phrase
from eventwire.actors.candidates import Candidate
from eventwire.actors.descriptions import appositive_name, predicate_subject
from eventwire.actors.employers import employer_in, served_person, service_of
from eventwire.actors.extents import title_with_place
from eventwire.actors.groups import GroupMentions
from eventwire.actors.headline_titles import headline_subject
from eventwire.actors.name_checks import describes
from eventwire.actors.past_offices import past_office
from eventwire.actors.phrases import MAX_TITLE_TOKENS, find_role, nominal_phrase
from eventwire.actors.stances import is_head_noun
from eventwire.actors.title_countries import title_country
from eventwire.actors.title_sectors import body_sector, igo_office, served_sector, serves_any_body
from eventwire.codes import role_heads
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import tokens_in
from eventwire.parse.plurals import PLURAL_NOUN_TAGS


class NominalMentions(GroupMentions):
    """Finds titles used as names, after the names and groups that claim their words."""

    def _find_nominals(self) -> None:
        """ "the Belarusian leader", "the president": a title standing for a person."""
        for token in tokens_in(self.doc, role_heads()):
            if token.i in self.claimed:
                continue
            headline = headline_subject(token)  # "Judge Halts Obama Coal Rule"
            if not (headline or is_head_noun(token)):  # "general" in "the general election"
                continue
            if token.tag_ in PLURAL_NOUN_TAGS and not headline:  # "the senators": a group
                continue
            phrase = self.doc[token.i : token.i + 1] if headline else nominal_phrase(token)
            if phrase is None:
                continue
            role = find_role(self.doc, list(phrase))
            if role is None:
                continue
            country = title_country(self.doc, phrase, role)
            if country is None and describes(phrase):
                continue
            past = past_office(list(phrase))  # "the former president": no office now
            served = list(self.doc[phrase.end : phrase.end + 1])  # "of" a body, read whole
            sector = None if past else body_sector(list(phrase), role[0], role, served)
            employer = employer_in(of_phrase(phrase)) or employer_in(list(phrase))
            if employer is not None:  # "a spokesman for Seagram", "a Pfizer spokeswoman"
                sector = served_sector(sector, role, employer, past)
                sector = sector if country or past else igo_office(sector, employer)
                country = country or employer.country
            candidate = self.add(
                MentionKind.TITLE,
                ActorType.PERSON,
                phrase,
                key="",
                name=title_with_place(phrase),
                country=country,
                sector=sector,
                role=role[1],
            )
            gloss = self._bracket_gloss(phrase) or appositive_name(phrase, self.candidates)
            gloss = gloss or predicate_subject(phrase, self.candidates)  # "served as the aide"
            candidate.gloss_of = gloss
            self._own_title(candidate, phrase, serves=serves_any_body(sector, role))
            if "owner" not in candidate.extra and not past and serves_any_body(sector, role):
                self._serve_named(candidate, phrase)

    def _serve_named(self, candidate: Candidate, phrase: Span) -> None:
        """ "a spokeswoman for Mr. Trump", "an aide to Clinton": a title any body has, held
        for a person named after it, works where that person works (`staff_sectors`), as
        "Trump's spokeswoman" does; not the state's, which the bare title would make it."""
        after = list(self.doc[phrase.end : min(phrase.end + 1, phrase.sent.end)])
        people = {c.key for c in self.candidates if c.type == ActorType.PERSON}
        served = served_person([*phrase, *after], people)
        if served is not None:
            candidate.extra.update(owner=str(served.start_char), serves=service_of(served))

    def _bracket_gloss(self, phrase: Span) -> int | None:
        """ "the president [Russian President Vladimir Putin]": the bracket names the person."""
        doc = self.doc
        if phrase.end < len(doc) and doc[phrase.end].text in {"[", "("}:
            for candidate in self.candidates:
                if (
                    candidate.kind == MentionKind.NAME
                    and candidate.type == ActorType.PERSON
                    and phrase.end < candidate.token_index <= phrase.end + MAX_TITLE_TOKENS
                ):
                    return candidate.start
        return None
