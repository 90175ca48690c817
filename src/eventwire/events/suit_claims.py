"""What a lawsuit says or asks, told as the suit's own words: its filer accuses or demands.

"The suit claims that Gowdy damaged his reputation", "the complaint says the company polluted
the river", "Podliska's lawsuit demands his reinstatement": a court paper that says something
(ACCUSE, CAMEO 112) or asks for something (REQUEST, CAMEO 100) speaks for the party that filed
it, against the party it is brought against. The filer is the paper's owner, its "filed by"
agent, or, for "the suit" with neither, the filer of the latest suit the article told before
(the subject of "filed a lawsuit", "brought the suit"); the defendant is whom the content names
(the verb's own reading), else the suit's "against" party. A paper whose filer the article
never names leaves the doer empty: a suit is no one's guess.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.cameo_codes import ACCUSATION, DEMAND
from eventwire.events.lexicon import words
from eventwire.events.matches import TriggerMatch
from eventwire.events.participant_sets import Sides, other_sides
from eventwire.events.participants import RoleReader
from eventwire.events.passives import ISSUING, agents, issuing_agents
from eventwire.events.phrase_links import pobjs
from eventwire.model import Participant

PAPERS = words("event_words.tsv", "legal_paper")  # suit, lawsuit, complaint
SAYING = words("event_words.tsv", "paper_saying")  # says, claims, contends
ASKING = words("event_words.tsv", "paper_asking")  # seeks, demands
PAPER_VERBS = SAYING | ASKING


def suit_claim(token: Token) -> TriggerMatch | None:
    """A saying or asking verb whose subject is a court paper ("the suit claims")."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in PAPER_VERBS or _paper(token) is None:
        return None
    return TriggerMatch.word(token, DEMAND if lemma in ASKING else ACCUSATION)


def _paper(verb: Token) -> Token | None:
    """The verb's subject, if it is a court paper."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return next((s for s in subjects if s.lemma_.lower() in PAPERS), None)


def suit_claim_sides(reader: RoleReader, match: TriggerMatch, sides: Sides) -> Sides:
    """The filer as the doer (where the verb gives none) and the defendant as the target
    (where the content names none)."""
    paper = None if match.nominal else _paper(match.head)
    if paper is None:
        return sides
    filed = next((t for t in reversed(_papers_until(paper)) if _filers(reader, t)), None)
    actors = sides[0] or (_filers(reader, filed) if filed is not None else [])
    targets = other_sides(actors, sides[1])
    if not targets and filed is not None:
        defendants = [t for s in dict.fromkeys((paper, filed)) for t in _defendants(s)]
        targets = other_sides(actors, [p for t in defendants for p in reader.phrase(t)])
    return actors, targets


def _papers_until(paper: Token) -> list[Token]:
    """The court papers the article names up to this one (itself last): the suit it is."""
    before = paper.doc[: paper.i]
    return [t for t in before if t.lemma_.lower() in PAPERS and t.pos_ == "NOUN"] + [paper]


def _filers(reader: RoleReader, paper: Token) -> list[Participant]:
    """ "Podliska's lawsuit", "the suit filed by X", "a suit was filed by X", "X filed a
    lawsuit", "X brought suit"."""
    owners = [c for c in paper.children if c.dep_ == "poss"]
    issued, verb = _issued(paper), paper.head
    filers = [c for c in verb.children if c.dep_ == "nsubj"] if paper.dep_ == "dobj" else []
    filers += agents(verb) if paper.dep_ == "nsubjpass" else []
    named = owners or issuing_agents(paper) or (filers if issued else [])
    return [p for t in named for p in reader.phrase(t)]


def _defendants(paper: Token) -> list[Token]:
    """ "a suit against Exxon", "filed a lawsuit against Microsoft": whom it is brought against."""
    return pobjs(paper, {"against"}) + (pobjs(paper.head, {"against"}) if _issued(paper) else [])


def _issued(paper: Token) -> bool:
    """Whether the paper hangs on a verb that files papers ("filed a suit", "the suit was
    brought"), whose subject or agent is then the filer."""
    return paper.head.lemma_.lower() in ISSUING and paper.head.pos_ == "VERB"
