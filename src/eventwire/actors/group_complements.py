"""A group of people named with the phrase after its noun that says which group it is:
"families of the Benghazi victims", "critics within the party". Readers name the group so;
the mention stays the noun's words, which the quote and event stages place by their head.
Members "within" or "of" a party are the party's people (PTY), whatever the bare noun codes
them; "members of the press" are the press's (MED): members act as the body they belong to."""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.group_names import chunk_at
from eventwire.actors.party_groups import names_a_party
from eventwire.actors.peoples import plural_noun
from eventwire.actors.phrases import code
from eventwire.codes import group_lexicon
from eventwire.lexicons import word_map, word_set
from eventwire.model import Code
from eventwire.parse.nlp import TIME_ENTITIES, doc_text
from eventwire.sectors import PARTY


def complement_object(head: Token) -> Token | None:
    """The object of the "of"/"within" phrase right after a plural group noun, if it has one
    (a body's "of" phrase, "the upper chamber of the Czech parliament", names its state)."""
    after = head.i + 1
    if after >= len(head.doc) or not plural_noun(head):
        return None
    preposition = head.doc[after]
    if preposition.lower_ not in word_set("group_complement_preposition"):
        return None
    if preposition.dep_ != "prep" or not _hangs_on(preposition, head):
        return None
    found = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return found if found is not None and found.ent_type_ not in TIME_ENTITIES else None


def _hangs_on(preposition: Token, head: Token) -> bool:
    """The phrase hangs on the group noun, or on a word above it ("faces backlash from
    critics within the party"): the parser often hangs a phrase right after a noun higher,
    where the nearest noun owns it."""
    return preposition.head == head or preposition.head in head.ancestors


def complemented_name(span: Span) -> str | None:
    """The group's words through its complement's noun phrase, without a leading article
    ("families of the Benghazi victims"); None where no complement follows."""
    found = complement_object(span[-1])
    if found is None:
        return None
    chunk = chunk_at(span.doc, found.idx)
    end = chunk.end_char if chunk is not None and chunk.root == found else found.idx + len(found)
    start = span[1:] if len(span) > 1 and span[0].lower_ in word_set("article") else span
    return doc_text(span.doc)[start.start_char : end]


def complement_sector(span: Span) -> Code | None:
    """PTY for a group "within the party" or "of the Republican Party"; the body's sector for
    the members of a body a collective noun or an organisation's head noun names ("members of
    the military" are its forces, "members of the press" news media)."""
    found = complement_object(span[-1])
    if found is None:
        return None
    if names_a_party(found.text):
        return code(span.doc, PARTY, found.idx, found.idx + len(found))
    if not _plain_members(span[-1]) or _compounded(found):
        return None  # "family members of terrorists", "the platform committee": other bodies
    body = group_lexicon().get((found.lower_,)) or word_map("organization_head").get(found.lower_)
    return code(span.doc, body, found.idx, found.idx + len(found)) if body else None


def _plain_members(head: Token) -> bool:
    """ "members", not "family members": a noun before it makes them another body's."""
    return head.lower_ in word_set("membership_noun") and not _compounded(head)


def _compounded(noun: Token) -> bool:
    """A noun before it names a narrower kind ("platform committee" is a party's)."""
    return any(c.dep_ == "compound" for c in noun.children)
