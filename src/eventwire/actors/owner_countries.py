"""Groups an owner names ("Hun Sen's troops", "Hamas fighters", "UN peacekeepers") take the
owner's country, and the owner's kind tells the group's sector (an armed group's soldiers are
rebels, an IGO's ministers act for the IGO). Kept apart from `coding`'s table lookups: it reads
who owns whom in the text, before and after the home codes the owners."""

from __future__ import annotations

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, ActorType, Code, Mention
from eventwire.sectors import CIVILIANS, GOVERNMENT, INTERNATIONAL, MILITARY, PARTY, POLICE, REBELS

DELEGATE_SECTORS = {GOVERNMENT, CIVILIANS, PARTY, MILITARY, POLICE}  # ministers, members, troops


def inherit_owner_countries(
    candidates: list[Candidate], actors: list[Actor], mentions: list[Mention]
) -> set[str]:
    """A group owned by a person or organisation ("Hun Sen's troops", "Hamas fighters")
    takes the owner's coded country; the ids of the owned groups."""
    actor_at = {m.evidence.start: m.actor_id for m in mentions}
    by_id = {actor.id: actor for actor in actors}
    ousted = {actor_at.get(c.start) for c in candidates if c.extra.get("past_office")}
    owned = set()
    for candidate in candidates:
        owner_id = actor_at.get(int(candidate.extra.get("owner", -1)))
        group_id = actor_at.get(candidate.start)
        if owner_id is None or group_id is None:
            continue
        owner, group = by_id[owner_id], by_id[group_id]
        owned.add(group.id)
        if group.country is None and owner.country is not None:
            group.country = owner.country.model_copy()
        if candidate.extra.get("owner_sector") and group.sector is None and owner.sector:
            group.sector = owner.sector.model_copy()  # "Howes' team" works where he works
        _armed_opposition(group, owner, owner.id in ousted)
        _igo_delegates(group, owner)
    return owned


def _igo_delegates(group: Actor, owner: Actor) -> None:
    """ "European Community foreign ministers", "members of the OAU", "UN peacekeepers": the
    ministers, members or forces of an IGO (no country of its own) act for the IGO, as CAMEO
    codes them (IGO with a PKO role) and PLOVER's gold ("United Nations peacekeepers": IGO)."""
    igo = owner.country is None and owner.sector is not None and owner.sector.value == INTERNATIONAL
    if igo and group.country is None and group.sector and group.sector.value in DELEGATE_SECTORS:
        group.sector = Code(value=INTERNATIONAL, evidence=group.sector.evidence, method="owner")


def _armed_opposition(group: Actor, owner: Actor, ousted: bool) -> None:
    """ "the ousted prime minister's forces": troops of a person whose state office the text
    says is past are an armed opposition (REB), not the state's military, as are an armed
    group's ("ISIS soldiers"). A person merely not known to hold an office may still hold one,
    so their troops keep the military's code."""
    if group.sector is None or group.sector.value != MILITARY:
        return
    if owner.type == ActorType.ORGANIZATION and owner.sector and owner.sector.value == REBELS:
        group.sector = Code(value=REBELS, evidence=owner.sector.evidence, method="owner")
    if owner.type == ActorType.PERSON and owner.sector is None and ousted:
        group.sector = Code(value=REBELS, evidence=group.sector.evidence, method="owner")
