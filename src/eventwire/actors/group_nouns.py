"""The collective nouns that code a group ("Russian troops", "opposition lawmakers"): the
sector a group word names, where one stands after a country modifier, and which words before
it qualify it."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.legislative_groups import legislature_sector
from eventwire.actors.member_heads import members_end, members_named, modifier_offsets, staff_start
from eventwire.actors.opposition_groups import opposition_sector
from eventwire.actors.phrases import CUT_MODIFIERS, code
from eventwire.actors.stances import is_head_noun
from eventwire.code_phrases import MAX_GROUP_WORDS, group_phrases, qualified_group_phrases
from eventwire.codes import country_of
from eventwire.lexicons import PhraseLookup, word_set
from eventwire.model import Code
from eventwire.parse.deps import COMPOUND_DEPS
from eventwire.parse.tags import PARTICIPLE_TAG, POSSESSIVE_TAG

MAX_GROUP_MODIFIERS = 2


def group_head(doc: Doc, index: int) -> tuple[int, int] | None:
    """Token range of the collective noun after a country modifier: "troops" in "Russian
    troops", "Russian and Belarusian troops", "Liberian riot police", "Tamil civilian refugees"."""
    while index < len(doc) and (
        doc[index].lower_ in word_set("modifier_joiner") or country_of(doc[index].text) is not None
    ):
        index += 1
    offsets = modifier_offsets(doc, index, MAX_GROUP_MODIFIERS)
    lowers = [t.lower_ for t in doc[index : index + offsets[-1] + MAX_GROUP_WORDS]]
    for heads in (is_head_noun, members_named):  # "opposition lawmakers" are lawmakers
        for skip in offsets:
            if index + skip >= len(doc):  # the text ends with the modifier ("… to the U.S.")
                return None
            match = qualified_group_phrases().at(
                lowers, skip, accept=lambda m, heads=heads: heads(doc[index + m.end - 1])
            )
            if match is not None:  # "army units": the members of the body the noun names
                end = index + match.end
                start = staff_start(doc, index + match.start)
                return start, members_end(doc[end - 1]) or end
    return None


def _named_for(tokens: list[Token], start: int) -> bool:
    """ "Office of Personnel Management": a capitalised singular group word after "of" in a name
    says what the body deals with, not what it is (its head noun does); a plural names its
    members ("National Association of Broadcasters"), whose sector it has."""
    word = tokens[start]
    return (
        word.is_title
        and not word.lower_.endswith("s")  # the tagger reads "Broadcasters" as NNP
        and any(t.lower_ == "of" for t in tokens[:start])
    )


def _possessor(tokens: list[Token], end: int) -> bool:
    """Whether the group word ending at `end` owns a noun after it in the name ("People's
    Party", "Workers' Party"): the name is whose the body is, not what kind it is."""
    return end + 1 < len(tokens) and tokens[end].tag_ == POSSESSIVE_TAG and tokens[end + 1].is_title


def group_sector(
    tokens: list[Token],
    phrases: PhraseLookup[str, str] | None = None,
    modifiers: Span | None = None,
) -> Code | None:
    """The sector the collective noun among the tokens names, by `phrases` if given;
    `modifiers` are words before the tokens that may change it ("opposition candidates")."""
    match = (phrases or group_phrases()).longest_in([t.lower_ for t in tokens])
    if match is None or not match.value or _named_for(tokens, match.start):
        return None  # "Russian hackers": a group of no sector
    if _possessor(tokens, match.end):  # "the Convention People's Party": what it owns says
        return group_sector(tokens[match.end + 1 :], phrases, modifiers)
    first, last = tokens[match.start], tokens[match.end - 1]
    before = [*(modifiers or []), *tokens[: match.end - 1]]
    sector = modified_sector(before, match.value)
    return code(first.doc, sector, first.idx, last.idx + len(last))


def modified_sector(modifiers: list[Token], sector: str) -> str:
    """The sector of a group noun's words as the words before it change it: "opposition
    candidates" OPP, "congressional investigators" LEG."""
    return legislature_sector(modifiers, opposition_sector(modifiers, sector))


def group_modifier(word: Token) -> bool:
    """A word that qualifies a group noun before it: a noun ("Immigration officials", "state
    committee") that no hyphen joins to a number ("22-member"), an adjective or a participle
    ("Elected officials", "armed men"), a party word ("Republican central committee") or a
    faith or people that is no state ("Buddhist monks"): a state's demonym names a country
    group of its own (`groups`)."""
    if word.dep_ in COMPOUND_DEPS and word.pos_ == "NOUN":
        return word.i == 0 or word.doc[word.i - 1].text != "-"
    if word.pos_ == "PROPN" and word.ent_type_ == "NORP" and word.dep_ in CUT_MODIFIERS:
        return country_of(word.text) is None
    if word.dep_ == "advmod" and word.pos_ == "ADV" and word.head.i == word.i + 1:
        return group_modifier(word.head)  # "less politicized panels", "heavily armed men"
    if word.dep_ != "amod":
        return False
    return (
        word.pos_ == "ADJ"
        or word.tag_ == PARTICIPLE_TAG
        or word.lower_ in word_set("party_adjective")
    )


def names_an_act(head: Token) -> bool:
    """ "the establishment of relations", "a small establishment", "I was total establishment":
    a collective that also names an act, a business or a quality names a group only when a
    definite article or an owner makes it one whole ("the establishment", "the party's
    establishment") and no "of" object follows."""
    if head.lower_ not in word_set("act_collective"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return True
    definite = word_set("definite_determiner")
    return not any(c.dep_ == "poss" or c.lower_ in definite for c in head.children)
