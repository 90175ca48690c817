"""Groups and relatives owned by a named person or organisation: "Hun Sen's troops", "the
Obama administration", "Blassie's mother", and titles owned the same way ("Yeltsin's
spokesman").

They live apart from groups.py because an owned group takes its country from its owner's
mention, which must be found first, not from a country word in the phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.affiliations import affiliation_owners
from eventwire.actors.body_places import only_a_place
from eventwire.actors.candidates import Candidate
from eventwire.actors.chamber_parties import ChamberPartyMentions
from eventwire.actors.country_modifiers import located_country
from eventwire.actors.group_names import modified_start, with_count
from eventwire.actors.home_places import town_country
from eventwire.actors.joined_modifiers import joins_next
from eventwire.actors.owners import owner_tokens
from eventwire.actors.peoples import plural_noun
from eventwire.actors.phrases import code, possessors
from eventwire.actors.pronoun_relations import named_beside
from eventwire.actors.stances import is_head_noun
from eventwire.code_phrases import group_phrases
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.nlp import doc_text, tokens_in
from eventwire.parse.tags import PLURAL_NOUN_TAG

STAFF_PREPOSITION = "to"  # "aides to Clinton"


class OwnedGroupMentions(ChamberPartyMentions):
    """Finds what named people and organisations own; they are found before their groups."""

    def _find_owned_groups(self) -> None:
        """ "Hun Sen's troops", "the Obama administration", "Hamas fighters", "supporters of
        Raila Odinga": a collective noun owned by a person or organisation named with it
        belongs to that owner's country, none for an IGO's ("NATO troops"), filled in once the
        owner is coded: `owner` is where the owner's mention starts."""
        people = owner_tokens(self.doc, self.candidates)
        staff_nouns = word_set("staff_noun")
        for token in tokens_in(self.doc, group_phrases().starts | staff_nouns):
            if token.i in self.claimed or not is_head_noun(token) or joins_next(token):
                continue  # "the GOP front-runner": no front of the GOP's
            match = group_phrases().at([token.lower_], 0)
            if match is None and not (
                token.lower_ in staff_nouns and token.tag_ == PLURAL_NOUN_TAG
            ):
                continue  # one staffer ("an FBI spokesman") is a title's, found with people
            words = [c for c in token.children if modifies_unbroken(c)] + _owner_words(token)
            owners = [people[c.i] for c in words if c.i in people]
            if not owners:
                continue
            span, named = self._modified_span(token)
            # "Breitbart employees": staff with no sector of their own take the owner's (`coding`)
            value = match.value if match else None
            sector = code(self.doc, value, span.start_char, span.end_char) if value else None
            name = _owned_name(self.doc, named, owners[0])
            key = f"{owners[0].key}:{value or token.lower_}"
            if token.lower_ in word_set("act_collective"):
                key = f"{key}:{token.lower_}"  # "the GOP establishment" is no "GOP candidates"
            candidate = self.add(
                MentionKind.NAME, ActorType.GROUP, span, key=key, name=name, sector=sector
            )
            candidate.extra["owner"] = str(owners[0].start)
            if token.lower_ in word_set("staff_noun"):
                candidate.extra["staff"] = "yes"  # "FBI officials" work where the FBI works

    def _modified_span(self, noun: Token) -> tuple[Span, Span]:
        """An owned group's mention and its named words: its noun with the free modifiers
        before it ("the company's major creditors"), as readers name the group, and the
        mention with its count too ("two major creditors"); the owner's words stay its own.
        A singular noun ("Labour's fierce opposition") may name an act as much as a body, which
        the event stages read by its own word."""
        if not plural_noun(noun):
            return self.doc[noun.i : noun.i + 1], self.doc[noun.i : noun.i + 1]
        start = modified_start(self.doc[noun.i : noun.i + 1])
        while start < noun.i and not self.free(self.doc[start : noun.i]):
            start += 1
        named = self.doc[start : noun.i + 1]
        counted = self.doc[with_count(named[0]).i : named.end]
        return (counted if self.free(counted) else named), named

    def _find_relations(self) -> None:
        """ "Blassie's mother", "the family of Christopher Howes", "Howes' team": a relative
        or a team of a named person is of that person's country; a relative holds no office
        (no sector), a team works in the person's sector (`coding` copies both); a family is
        a group, not a namesake of the person."""
        people = owner_tokens(self.doc, self.candidates)
        relations = word_map("relation_noun")
        for token in tokens_in(self.doc, relations):
            relation = relations[token.lower_]
            if token.i in self.claimed or not is_head_noun(token) or only_a_place(token):
                continue
            if relation == "team" and named_beside(token):
                continue  # "Schumer's opponent, Senator D'Amato": the name's mention
            words = _owner_words(token) + (_name_compounds(token) if relation == "team" else [])
            owner = next((people[t.i] for t in words if t.i in people), None)
            if owner is None or owner.type != ActorType.PERSON:
                continue
            span = self.doc[token.i : token.i + 1]
            name = _owned_name(self.doc, span, owner)
            kind = ActorType.PERSON if relation == "kin" else ActorType.GROUP
            town = town_country(token)  # "Elian's Miami relatives": Miami's, not Elian's
            if relation != "team":  # "Elian's relatives in Miami" live there; a team works
                town = town or located_country(span)
            candidate = self.add(MentionKind.NAME, kind, span, name.lower(), name, country=town)
            candidate.extra["owner"] = str(owner.start)
            if relation == "team":
                candidate.extra["owner_sector"] = "yes"

    def _own_title(self, candidate: Candidate, phrase: Span, serves: bool) -> None:
        """ "Yeltsin's spokesman": a title owned by a named person or organisation is of the
        owner's country (and, for a title any body has, its sector); the mention is the title
        after the possessive, so that it stays apart from the owner's name."""
        owners = owner_tokens(self.doc, self.candidates, skip=candidate)
        owner = next((owners[t.i] for t in possessors(phrase) if t.i in owners), None)
        if owner is None:
            return
        start = possessors(phrase)[-1].i + 1
        while start < phrase.end and self.doc[start].dep_ == "case":  # after "Yeltsin 's"
            start += 1
        title = self.doc[start : phrase.end]
        if not len(title):
            return
        candidate.start, candidate.token_index = title.start_char, title.start
        candidate.name = _owned_name(self.doc, title, owner)
        candidate.extra["owner"] = str(owner.start)
        if serves:  # a spokesman works where the owner works
            candidate.extra["serves"] = "yes"


def modifies_unbroken(word: Token) -> bool:
    """A name compounded with the group noun ("Hamas fighters") or modifying it with no
    punctuation between ("European Community foreign ministers"); the parser also hangs an
    nmod across a colon or a question mark."""
    if word.dep_ != "nmod":
        return word.dep_ == "compound"
    return not any(t.is_punct for t in word.doc[word.i : word.head.i])


def _owner_words(head: Token) -> list[Token]:
    """Who owns a noun: "Blassie" in "Blassie's mother", "Howes" in "the family of Howes",
    "Clinton" in "aides to Clinton" (staff serve the one they are "to")."""
    owners = [_whose_antecedent(c) for c in head.children if c.dep_ == "poss"]
    for prep in (c for c in head.children if c.dep_ == "prep" and _owning(c, head)):
        owners += [c for c in prep.children if c.dep_ == "pobj"]
    return owners + affiliation_owners(head)  # "workers affiliated with the union"


def _owning(preposition: Token, head: Token) -> bool:
    """ "of" owns any noun; "to" owns those who serve someone ("advisers to Clinton"), not
    officials sent to a place or members joined to a body."""
    if preposition.lower_ == "of":
        return True
    served = head.lower_ in word_set("served_staff_noun")
    return preposition.lower_ == STAFF_PREPOSITION and served


def _whose_antecedent(owner: Token) -> Token:
    """ "Smith, whose son was killed": the relative "whose" owns for the noun its clause
    describes, so the son is Smith's (and takes Smith's country) as in "Smith's son"."""
    verb = owner.head.head
    if owner.lower_ != "whose" or verb.dep_ != "relcl":
        return owner
    return verb.head


def _name_compounds(head: Token) -> list[Token]:
    """ "Clinton" in "the Clinton camp": a name before a side's noun owns it as "Clinton's"
    would; a relative so named ("the Gonzalez family") is found with the town's families."""
    return [c for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"]


def _owned_name(doc: Doc, span: Span, owner: Candidate) -> str:
    """The noun named with its owner, in the text's order; after "whose", as readers name it
    ("Smith's son", not "Smith, whose son")."""
    text = doc_text(doc)
    if span.start > 0 and doc[span.start - 1].lower_ == "whose":
        return f"{text[owner.start : owner.end]}'s {span.text}"
    if owner.start < span.start_char:
        return text[owner.start : span.end_char]
    return text[span.start_char : owner.end]
