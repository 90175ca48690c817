"""Candidates told by the contest itself: in an election story a person whose poll share is
given ("showed Lee at 31 percent"), who won, finished, led or trailed in it ("won the Iowa
caucuses", "finished third in Iowa", "led Kim by 15 points") or who seeks a nomination is
running, as is, in any story, one whom someone backs for an office ("endorsed Lee for
president"), so the coding rules code them as a party's (PTY) whatever seat they hold."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.codes import one_word_titles
from eventwire.lexicons import word_set
from eventwire.parse.deps import NOUN_CLAUSE_DEPS
from eventwire.parse.subjects import SUBJECT_DEPS

ORDINAL = "ORDINAL"
DESCRIBING_CLAUSES = NOUN_CLAUSE_DEPS  # "who won the caucuses", "running third in the polls"
YEAR_DIGITS = 4  # "the 2012 election"
SHARE_PREPOSITIONS = {"at", "with"}  # "Lee at 31 percent", "Kim with 22 percent"


def runs_in_contest(doc: Doc, span: Span, year: int | None) -> bool:
    """Whether the sentence around the named person tells their run for office: a contest
    its words date before the article's `year` ("during the 2012 election", in 2016) was an
    earlier run, which says nothing of the person that day."""
    acts = _acts_of(span.root)
    return _poll_share(doc, span) or any(_contest_verb(verb, year) for verb in acts)


def _poll_share(doc: Doc, span: Span) -> bool:
    """ "Kerry at 31 percent": a share of a poll or a vote right after the name."""
    rest = doc[span.end : span.end + 3]
    if len(rest) < 3 or rest[0].lower_ not in SHARE_PREPOSITIONS or not rest[1].like_num:
        return False
    return rest[2].lower_ in word_set("contest_margin_noun")


def backed_for_office(word: Token) -> bool:
    """ "had endorsed Jeb Bush for president", "backed Lee for governor": the object of a
    backing verb with the office or the nomination it is backed for is running for it, in
    any story (the words tell the race themselves)."""
    verb = word.head
    if word.dep_ != "dobj" or verb.lemma_.lower() not in word_set("backing_verb"):
        return False
    offices = word_set("election_contest_noun") | one_word_titles()
    words = [*verb.children, *word.children]  # the parse hangs "for" on either
    fors = (c for c in words if c.dep_ == "prep" and c.lower_ == "for")
    return any(p.dep_ == "pobj" and p.lower_ in offices for c in fors for p in c.children)


def _acts_of(word: Token) -> list[Token]:
    """The verbs the name is the subject of: its own clause's, a relative clause's on it or on
    its apposition ("Kerry, who won the Iowa caucuses", "X, the commentator who won the
    caucuses"), or a participle's on it ("X, running third in most polls")."""
    nouns = [word, *(c for c in word.children if c.dep_ == "appos")]
    verbs = [c for noun in nouns for c in noun.children if c.dep_ in DESCRIBING_CLAUSES]
    return [*verbs, word.head] if word.dep_ in SUBJECT_DEPS else verbs


def _contest_verb(verb: Token, year: int | None) -> bool:
    """ "won the caucuses", "seeking the nomination", "finished second", "led Kim by 15
    points": a contest verb whose object, rank or margin says the race is meant."""
    if verb.lemma_.lower() not in word_set("contest_verb"):
        return False
    parts = [*verb.children, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    if any(p.lower_ in word_set("election_contest_noun") and _earlier(p, year) for p in parts):
        return False
    return any(
        p.lower_ in word_set("election_contest_noun")
        or p.lower_ in word_set("contest_margin_noun")
        or p.ent_type_ == ORDINAL
        for p in parts
    )


def _earlier(contest: Token, year: int | None) -> bool:
    """ "the 2012 election" read in 2016: a contest a year before the article's names."""
    years = [
        int(c.text) for c in contest.children if c.text.isdigit() and len(c.text) == YEAR_DIGITS
    ]
    return year is not None and any(y < year for y in years)
