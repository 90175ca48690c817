"""A report told after the clause it reports, by a noun in apposition to that clause's last
noun: "Police beat the refugees, a rights group protested". The parser hangs the reporting
verb on the appositive noun as a participle ("a group protested" read as "a group
[that was] protested"); the noun is who reports, its subject, not what was done to."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.described_subjects import described_subject
from eventwire.events.fronted_subjects import fronted_subject
from eventwire.events.lexicon import ATTRIBUTIVE
from eventwire.parse.subjects import clause_subjects
from eventwire.parse.tags import PAST_TAGS

CLAUSE_TAGS = PAST_TAGS  # the past tense, read as a participle
AIMS = {"dobj", "xcomp", "ccomp", "advcl", "agent", "auxpass", "prep"}


def appended_reporter(verb: Token) -> Token | None:
    """The appositive noun that tells the reported clause, when the verb is hung on it."""
    noun = verb.head
    hung = verb.dep_ == "acl" and noun.dep_ == "appos" and verb.tag_ in CLAUSE_TAGS
    if not hung or verb.lemma_.lower() not in ATTRIBUTIVE:
        return None
    aimed = any(c.dep_ in AIMS and c.lower_ != "on" for c in verb.children)
    return None if aimed or noun.i > verb.i else noun


def hung_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser hung on a noun as a participle or an apposition:
    an appended reporter, a subject whose description ends just before the verb, or one read
    as an appositive of the phrase fronted before it."""
    return appended_reporter(verb) or described_subject(verb) or fronted_subject(verb)


def reported_doers(verb: Token) -> list[Token]:
    """Whom an appended complaint blames: the subject of the clause it reports ("police" in
    "Police beat the refugees, a rights group protested")."""
    if appended_reporter(verb) is None:
        return []
    clause = verb.sent.root
    return clause_subjects(clause)
