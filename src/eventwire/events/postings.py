"""Envoys' postings: "Sudan's ambassador to Egypt" serves Sudan where he is posted, in Egypt.

Expelling or summoning an envoy (CAMEO 166, 114) is done by the state the envoy is posted to
("to X" on an ambassador, envoy or diplomat, by the role classes of `roles.tsv`, or on the verb
right after the envoy, where the parser often hangs it): that state is no target of the act
("Cairo expelled Sudan's ambassador to Egypt" is aimed at Sudan alone), and an agentless "X's
ambassador to Y was expelled" is done by Y. A recall, by the sender, keeps the host as target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.codes import role_lexicon
from eventwire.events.cameo_codes import EXPULSION, OFFICIAL_COMPLAINT
from eventwire.events.participant_sets import Sides, split_roles
from eventwire.events.participants import RoleReader
from eventwire.events.phrase_links import pobjs
from eventwire.events.verb_arguments import patients
from eventwire.lexicons import word_set

ENVOY_ROLES = word_set("envoy_role")  # role classes of `roles.tsv`
HOST_ACTS = {
    EXPULSION,
    OFFICIAL_COMPLAINT,
}  # CAMEO: expel diplomats; summon an envoy (done by the host)


def posting_sides(reader: RoleReader, head: Token, cameo: str, sides: Sides) -> Sides:
    """The sides of an act on an envoy without the envoy's host state as a target; with no
    doer named, the host of an envoy expelled or summoned is the doer."""
    hosts = [p for t in _postings(head) for p in reader.phrase(t)] if cameo in HOST_ACTS else []
    if not hosts:
        return sides
    spots = {p.mention.start for p in hosts}
    targets = [p for p in sides[1] if p.mention.start not in spots]
    actors = sides[0] or hosts
    return split_roles(actors, targets)


def _postings(head: Token) -> list[Token]:
    """The places the envoys a verb acts on are posted to ("to Egypt"), on the envoy or on
    the verb right after it."""
    # "expelled the envoy", "the envoy was expelled"
    envoys = [c for c in patients(head) if _is_envoy(c)]
    envoys += [c for e in envoys for c in e.conjuncts if _is_envoy(c)]
    found = [t for e in envoys for t in pobjs(e, {"to"})]
    ends = {e.right_edge.i + 1 for e in envoys}  # "expelled X's ambassador | to Egypt"
    return found + [t for t in pobjs(head, {"to"}) if t.head.i in ends]


def _is_envoy(noun: Token) -> bool:
    role = role_lexicon().get((noun.lemma_.lower(),))
    return role is not None and role.role in ENVOY_ROLES
