"""Reporting verbs in relative clauses with a subject of their own: "the reform, which he
described as “fair”", "a rule that the minister called “a trap”".

PolNeAR annotates such a clause as an attribution of its own, by the clause's subject, even
inside another cue's report: in "She said Brown would win, which she declared “a disaster”"
the first report ends before "which", and the whole relative clause is the second (the
relative word stands for what the speaker talks about). A speech verb whose relative word is
its subject and stands for a share of people ("38 percent, who said they could change their
mind") is an attribution of its own too, by the relative word (PolNeAR marks "who" as the
source); what it reports is its complement. Other clauses whose relative word is the subject
("experts who say …", "a general who suggested …") stay part of the report around them.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.lexicons import word_set
from eventwire.parse.cue_rows import cue_class
from eventwire.parse.deps import COMPLEMENT_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS, clause_subjects
from eventwire.parse.tags import WH_DETERMINER_TAG, WH_POSSESSIVE_TAG, WH_PRONOUN_TAG
from eventwire.quotes.framing import in_paragraph
from eventwire.quotes.groups import Range, end_of, trim

RELATIVE_TAGS = {WH_DETERMINER_TAG, WH_PRONOUN_TAG, WH_POSSESSIVE_TAG}
WORDS = {"speech", "thought", "naming"}  # cue classes that report words or views, not acts
SAID = {"ccomp", "xcomp", "oprd", "dobj"}  # what a relative clause's verb says
SHARES = {"PERCENT", "CARDINAL"}  # "38 percent, who said …": a poll's share of its public


def reports_relative(token: Token) -> bool:
    """The cue verb (with its particle, `cue_rows`) heads a relative clause opened by a
    relative word: it reports on its own, not for a cue above it. A clause without one ("an
    effort he believes has given …") is left to the cue that frames its sentence."""
    if token.dep_ != "relcl" or cue_class(token) not in WORDS:
        return False
    opened = token.left_edge.tag_ in RELATIVE_TAGS and not _complement_that(token)
    return opened and _says(token) and (_own_subject(token) or _speaking_relative(token))


def _speaking_relative(token: Token) -> bool:
    """ "…, 38 percent, who said they could change their mind": a speech verb whose subject is
    the relative word for a share of people (a poll's answer of its own). Other people's words
    in a relative clause ("a general who suggested …") stay part of the report around them."""
    subjects = clause_subjects(token)
    relative = any(c.tag_ in RELATIVE_TAGS for c in subjects)
    return cue_class(token) == "speech" and relative and _a_share(token.head)


def _a_share(noun: Token) -> bool:
    """ "38 percent", "a third", "12 percent of voters": a count or share of a group."""
    counted = noun.ent_type_ in SHARES or any(c.dep_ == "nummod" for c in noun.children)
    return counted or noun.lemma_.lower() in word_set("share_noun")


def relative_content(token: Token) -> Range | None:
    """ "which he argued helps …": the relative clause of a cue with its own subject (not the
    relative word), from the relative word to the clause's end. A speaking relative ("who said
    they …") reports its complement, read as any cue's."""
    if not reports_relative(token) or not _own_subject(token):
        return None
    return _clause(token)


def _clause(token: Token) -> Range:
    start, end = in_paragraph(token, token.left_edge.idx, end_of(token.right_edge))
    return trim(token.doc, start, end)


def names_relative(token: Token) -> bool:
    """ "a country that X called “our friend”": the relative word is the thing named, though
    the parse may make it a mark rather than the object."""
    return reports_relative(token) and any(c.dep_ == "oprd" for c in token.children)


def relative_reports(cues: Sequence[Token]) -> list[tuple[Token, Range]]:
    """The cues that report in a relative clause of their own, with that clause: found once
    per document, since every other cue's report is cut against them."""
    return [(cue, _clause(cue)) for cue in cues if reports_relative(cue)]


def cut_before_relatives(
    token: Token, content: Range | None, relatives: Sequence[tuple[Token, Range]]
) -> Range | None:
    """A report that ends in a relative clause reported by its own speaker stops before it:
    "Brown would win the nomination, which she declared “a disaster”" is two reports."""
    if content is None:
        return None
    for cue, clause in relatives:
        if cue is token or not content[0] < clause[0] < content[1]:
            continue
        if clause[1] >= content[1]:
            return trim(token.doc, content[0], cue.left_edge.idx)
    return content


def _says(token: Token) -> bool:
    """The clause says something besides its relative word: "the aid that X demanded" names
    no words of X's."""
    said = [c for c in token.children if c.dep_ in SAID or (c.dep_, c.lower_) == ("prep", "as")]
    return any(c.tag_ not in RELATIVE_TAGS for c in said)


def _complement_that(token: Token) -> bool:
    """ "a report that Diaz has been considering announcing …": a "that" before a clause
    complete with its own complement may be the noun's content, not a relative word; "a
    country that X called “…”" leaves its object to "that"."""
    clauses = [c for c in token.children if c.dep_ in COMPLEMENT_DEPS]
    return token.left_edge.lower_ == "that" and bool(clauses)


def _own_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS and c.tag_ not in RELATIVE_TAGS for c in token.children)
