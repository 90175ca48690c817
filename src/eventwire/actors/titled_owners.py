"""A group owned by a person whose title a country owns: "fighters loyal to Libya's strongman
Khalifa Haftar", "militants loyal to Iraq's Al-Qaeda frontman Abu Musab al-Zarqawi". The
group acts where its leader's title is held, the country that owns the title; the leader's
own nationality (Zarqawi was Jordanian) need not be the followers'."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.actors.candidates import Candidate
from eventwire.actors.org_places import owner_place_country
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.parse.nlp import tokens

TITLE_OWNER = "title owner"


def code_by_owner_titles(
    doc: Doc, candidates: list[Candidate], actors: list[Actor], mentions: list[Mention]
) -> None:
    """Give each owned group the country that owns its owner's title, if the text says one."""
    actor_at = {m.evidence.start: m.actor_id for m in mentions}
    by_id = {a.id: a for a in actors}
    tokens_at = {t.idx: t for t in tokens(doc)}
    for candidate in candidates:
        owner_start = int(candidate.extra.get("owner", -1))
        group = by_id.get(actor_at.get(candidate.start, ""))
        owner = by_id.get(actor_at.get(owner_start, ""))
        if group is None or owner is None or group.type != ActorType.GROUP:
            continue
        copied = group.country is None or group.country == owner.country
        country = _title_country(tokens_at[owner_start]) if owner_start in tokens_at else None
        if copied and country is not None and owner.type == ActorType.PERSON:
            group.country = country


def _title_country(name: Token) -> Code | None:
    """The country owning the title of the person named at `name`: "Libya's strongman Haftar"
    (the name or its title word owned) or "Iraq's frontman, Zarqawi" (the title the name is in
    apposition to)."""
    root = name
    while root.dep_ in {"compound", "flat"} and root.head.i > root.i:
        root = root.head
    holders = [root, root.head] if root.dep_ == "appos" else [root]
    holders += [c for h in holders for c in h.children if c.dep_ == "compound"]  # "strongman"
    for owner in (c for holder in holders for c in holder.children if c.dep_ == "poss"):
        found = owner_place_country(owner, TITLE_OWNER)
        if found is not None:
            return found
    return None
