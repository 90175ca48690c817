"""Bare groups: "the police", "rebels", "voters", "investigators", "his top aides": a plural or
collective noun from the group lexicon with no country of its own, named with its owner or the
body it is part of (`actors.groups` finds the groups a country word or place names)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.acting_groups import acting_group_at, group_phrase_at
from eventwire.actors.body_parts import owning_body, part_name
from eventwire.actors.body_places import only_a_place
from eventwire.actors.chained_groups import chained_group
from eventwire.actors.compound_groups import compound_group
from eventwire.actors.figurative_forces import figurative_force
from eventwire.actors.force_acts import does_next
from eventwire.actors.group_complements import complement_sector, complemented_name
from eventwire.actors.group_names import modified_start, phrase_key, uncounted_name, with_count
from eventwire.actors.group_nouns import modified_sector, names_an_act
from eventwire.actors.group_owners import name_owner, pronoun_owner, whose_owner
from eventwire.actors.joined_modifiers import joins_next
from eventwire.actors.owned_groups import OwnedGroupMentions
from eventwire.actors.party_groups import (
    campaign_body,
    campaign_sector,
    claimed_party,
    party_group_at,
    party_sector,
)
from eventwire.actors.peoples import plural_noun
from eventwire.actors.phrases import code
from eventwire.actors.portfolios import portfolio_named
from eventwire.actors.pronoun_relations import pronoun_owned_name
from eventwire.actors.stances import is_head_noun
from eventwire.code_phrases import acting_group_phrases, group_phrases, party_group_phrases
from eventwire.lexicons import word_set
from eventwire.model import ActorType, MentionKind
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.parse.nlp import doc_text, tokens_in
from eventwire.parse.stance_nouns import names_stance


class BareGroupMentions(OwnedGroupMentions):
    """Finds the groups a group noun names by itself, with no country word or place."""

    def _find_bare_groups(self) -> None:
        """ "the police", "rebels", "voters", "investigators": a plural or collective noun
        from the group lexicon with no country of its own; coding gives it the article's home
        country (`actors.coding`). Its mention keeps a leading "the", as readers name it."""
        for token in tokens_in(self.doc, _bare_group_starts()):
            if token.i in self.claimed or names_stance(token):
                continue
            match = group_phrase_at(group_phrases(), token)
            match = match or acting_group_at(token)  # "donors pressed …"
            match = match or party_group_at(token)  # "Democratic politicians"
            if match is None:
                continue
            words = self.doc[token.i : token.i + match.end]
            if not _bare_group(words, match.value):
                continue
            if only_a_place(words[-1]):  # "treated in hospitals": where, not who
                continue
            span = self.doc[_bare_group_start(words) : words.end]
            if not self.free(span):
                continue
            if figurative_force(words, match.value):
                continue  # "market forces", "an angry army of workers": no fighters
            chained = chained_group(self.doc, token.i, match)
            if chained.end > match.end and self.free(self.doc[span.start : token.i + chained.end]):
                match, words = chained, self.doc[token.i : token.i + chained.end]
                span = self.doc[span.start : words.end]  # "county board of supervisors"
            value = modified_sector(list(span[:-1]), match.value)
            sector = code(self.doc, value, words.start_char, words.end_char)
            sector = party_sector(span, sector) or campaign_sector(span, sector) or sector
            sector = complement_sector(span) or sector  # "critics within the party"
            owner = name_owner(words[-1])
            key = f"bare:{match.value}:{phrase_key(span)}"
            name, codes = compound_group(span, sector)
            if (party := claimed_party(span)) is not None:  # "GOP moderates": the GOP's
                key, name = f"{party.lower_}:{key}", doc_text(self.doc)[party.idx : span.end_char]
            name = name or complemented_name(span) or uncounted_name(span)
            if owner is not None:  # "Ranariddh's forces": the owner's, named with them
                key = f"{owner.text.lower()}:{key}"
                name = doc_text(self.doc)[owner.idx : span.end_char]
            if (whose := whose_owner(words[-1])) is not None:  # the owner's own leaders
                key, owner = f"{whose.i}:{key}", whose
            owner = owner or pronoun_owner(words[-1], match.value)
            body = (
                None
                if owner
                else owning_body(span, sector.value if sector else "", self.candidates)
            )
            if body is not None:  # "the upper house of the Dutch parliament": the body's part
                name = part_name(span, body)  # later "the upper house" is the same
            if owner is not None and owner.pos_ == "PRON":  # "his top aides": whoever he is
                key = f"{owner.i}:{key}"
                name = pronoun_owned_name(span, owner, name)
            candidate = self.add(
                MentionKind.NAME, ActorType.GROUP, span, key=key, name=name, **codes
            )
            if body is not None:
                candidate.extra["owner"] = str(body.start)
            if owner is not None:
                candidate.extra["owner"] = str(owner.idx)
                if words[-1].lower_ in word_set("staff_noun"):
                    candidate.extra["staff"] = "yes"  # "her advisers" work where she works


def _bare_group_starts() -> frozenset[str]:
    """The words a bare group's phrase may begin with: a group noun's, an acting one's or a
    party-qualified one's."""
    tables = (group_phrases(), acting_group_phrases(), party_group_phrases())
    return frozenset().union(*(table.starts or frozenset() for table in tables))


def _bare_group(words: Span, sector: str) -> bool:
    """A group noun that names a group by itself: a plural ("rebels") or a collective
    ("police", "the government"); "an official" or "a party" is one of many."""
    head = words[-1]
    if pronoun_owner(head, sector) is None and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in head.children
    ):
        return False  # "its warplanes": the owner's, which the clause says
    if named_by_members(words) or joins_next(head) or names_an_act(head) or _shared_head(words):
        return False
    if words.text.lower() in word_set("bare_collective") and does_next(head):
        return True  # "a police raid": the police raided
    return is_head_noun(head) and (
        plural_noun(head)
        or (words.text.lower() in word_set("bare_collective") and not _modifies_next(head))
        or portfolio_named(words)
        or campaign_body(words)
    )


def _shared_head(words: Span) -> bool:
    """ "an international land, sea and air force": the phrase's first word is the last of
    modifiers joined before the head, which they share; one force of all three is no air force.
    A modifier that is a group itself ("the police and security forces") names a group of its
    own, and the phrase after it another; a plural head is shared by people of each kind, so
    "political and religious leaders" still holds religious leaders, who act."""
    first = words[0]
    modifier = first.head
    return (
        len(words) > 1
        and not plural_noun(words[-1])
        and first.dep_ == "conj"
        and modifier.dep_ in NOUN_MODIFIER_DEPS
        and modifier.head == words[-1]
        and group_phrases().get((modifier.lower_,)) is None
    )


def _modifies_next(head: Token) -> bool:
    """ "the public and media attention": a collective right before a common noun modifies it,
    though the parse may hang it elsewhere (here on "public")."""
    return head.i + 1 < len(head.doc) and head.nbor().pos_ == "NOUN"


def named_by_members(words: Span) -> bool:
    """ "a task force of US and Canadian officials": a body named with its members, who act."""
    head = words[-1]
    return words.text.lower() in word_set("member_body") and any(
        c.lower_ == "of" for c in head.rights
    )


def _bare_group_start(words: Span) -> int:
    """Where a bare group's mention starts: modifiers ("Immigration officials", "white
    voters", "top aides", "Elected officials", "state Republican central committee"), a
    count ("two fishermen", "several states") and a leading "the"."""
    doc = words.doc
    if does_next(words[-1]):  # "the recent police shootings": the words before are the act's
        return words.start
    start = with_count(doc[modified_start(words)]).i
    return start - 1 if start and doc[start - 1].lower_ == "the" else start
