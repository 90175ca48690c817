"""Party people who vote in a contest are voters, not the party: "calls urging Republicans to
cross over and vote for him in the primary", "Democrats voted in large numbers in the caucus"
(CVL, as the coding rules code voters). A party's members voting on a bill stay as they are."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import Actor, ActorType, Mention
from eventwire.parse.tags import NAME_TAG, PRONOUN_TAG
from eventwire.sectors import CIVILIANS

VOTERS = CIVILIANS
VOTE = "vote"
CANDIDATE_PREPOSITION = "for"  # "vote for him", "vote for Smith"
PERSON_TAGS = {PRONOUN_TAG, NAME_TAG}


def code_party_voters(actors: list[Actor], mentions: list[Mention], doc: Doc) -> None:
    """CVL for a party's members named bare ("Republicans"), every mention of whom votes in a
    contest."""
    words = {m.actor_id: [] for m in mentions}
    for mention in mentions:
        span = doc.char_span(mention.evidence.start, mention.evidence.end, alignment_mode="expand")
        words[mention.actor_id].append(span.root if span is not None else None)
    for actor in actors:
        roots = words.get(actor.id, [])
        if actor.type == ActorType.PERSON or not roots or not all(map(_votes_in_contest, roots)):
            continue  # the party's name ("Republicans") is the party's organisation in the table
        first = roots[0]
        actor.sector = code(doc, VOTERS, first.idx, first.idx + len(first))


def _votes_in_contest(token: Token | None) -> bool:
    """A bare party plural that is the subject of "vote", or the object of an appeal whose
    complement is "vote" ("urging Republicans to cross over and vote"), for a person or in a
    contest."""
    if token is None or token.lower_ not in word_set("party_members"):
        return False
    if token.dep_ == "nsubj" and token.head.lemma_ == VOTE:
        return _in_contest(token.head)
    if token.dep_ != "dobj":
        return False
    complements = [c for c in token.head.children if c.dep_ == "xcomp"]
    verbs = [v for c in complements for v in (c, *(x for x in c.children if x.dep_ == "conj"))]
    return any(v.lemma_ == VOTE and _in_contest(v) for v in verbs)


def _in_contest(vote: Token) -> bool:
    """ "vote for him", "vote in the primary": a vote for a person or in an election."""
    for preposition in (c for c in vote.children if c.dep_ == "prep"):
        objects = [o for o in preposition.children if o.dep_ == "pobj"]
        for obj in objects:
            person = preposition.lower_ == CANDIDATE_PREPOSITION and obj.tag_ in PERSON_TAGS
            if person or obj.lower_ in word_set("election_contest_noun"):
                return True
    return False
