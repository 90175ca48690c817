"""The sector a title takes from the body it is held in: a title any body has ("spokesman",
"official") takes the body's, an armed rank the police's or rebels' it serves, a military title of
an armed opposition the opposition's (REB)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from eventwire.actors.coding import current_table
from eventwire.actors.employers import Employer
from eventwire.actors.group_nouns import group_sector
from eventwire.actors.past_offices import past_office
from eventwire.actors.phrases import code
from eventwire.codes import country_of
from eventwire.lexicons import word_map, word_set
from eventwire.model import ActorType, Code
from eventwire.parse.deps import NOUN_MODIFIER_DEPS
from eventwire.sectors import BUSINESS, GOVERNMENT, INTERNATIONAL, MILITARY, POLICE, REBELS

NOUN_MODIFIERS = NOUN_MODIFIER_DEPS  # "an airline official"


def serves_any_body(sector: Code | None, role: tuple[Code, Code] | None) -> bool:
    """No title, or one any body has ("spokesman", "president" of a network), whose sector
    is the body's; a minister is the state's whatever words precede the title."""
    if sector is None:
        return True
    return role is not None and role[1].value in word_set("organization_role")


def employer_sector(
    sector: Code | None, role: tuple[Code, Code] | None, employer: Employer, title: list[Token]
) -> Code | None:
    """The sector of the body a person serves, for no title or one any body has, none for a
    body of no known kind ("president of the A.F.L.-C.I.O.": no state official); none from a
    body served once ("former FBI agent Timothy Gill" is no police officer now)."""
    if past_office(title):
        return sector
    if employer.sector is None:
        return unknown_body_sector(sector, role)
    if serves_any_body(sector, role) or armed_rank(sector, employer.sector.value):
        return employer.sector
    return sector


def served_sector(
    sector: Code | None, role: tuple[Code, Code], employer: Employer, past: bool
) -> Code | None:
    """A title any body has takes the sector of the body it is held in, none for a body of
    no known kind ("a spokeswoman for Valeant": a firm's, not the state's); past offices and
    titles of one kind of body keep their own."""
    if past or not serves_any_body(sector, role):
        return sector
    return employer.sector or unknown_body_sector(sector, role)


def unknown_body_sector(sector: Code | None, role: tuple[Code, Code] | None) -> Code | None:
    """The sector of a title held in a body of no known kind: none for a title any body has
    ("director of the A.F.L.-C.I.O." is no state official), the title's own for an office only
    firms have ("chief executive of CrowdTangle": a firm's) or only non-profits have
    ("executive director of Muslim Advocates": an advocacy group's), or one of one kind of body."""
    offices = word_set("firm_office") | word_set("nonprofit_office")
    own_kind = role is not None and role[1].value in offices
    return sector if own_kind or not serves_any_body(sector, role) else None


def igo_office(sector: Code | None, employer: Employer) -> Code | None:
    """ "the UN envoy", "a UN spokesman": an office of the state's kind held in an IGO, with no
    state named in the title ("Syria's UN ambassador" serves Syria), is the IGO's, as CAMEO
    codes an IGO's delegates."""
    igo = employer.country is None and employer.sector and employer.sector.value == INTERNATIONAL
    return employer.sector if igo and sector and sector.value == GOVERNMENT else sector


def armed_rank(sector: Code | None, body: str | None) -> bool:
    """ "Sgt. X, a spokesman for the Newark Police Department", "FARC commander X": a rank that
    armies share with police forces and armed oppositions (sergeant, commander) is the body's
    when the person serves a police body or a rebel group, not the state's military."""
    return sector is not None and sector.value == MILITARY and body in {POLICE, REBELS}


def takes_body_sector(sector: Code | None, role: tuple[Code, Code] | None, body: str) -> bool:
    """Whether a title held in a known body takes the body's sector: no title, a state office
    held in it ("Arab League Secretary General"), a title any body has, or an armed rank."""
    if sector is None or sector.value == GOVERNMENT:
        return True
    return serves_any_body(sector, role) or armed_rank(sector, body)


def body_sector(
    title: list[Token], sector: Code, role: tuple[Code, Code], around: Sequence[Token] = ()
) -> Code:
    """ "police spokesman", "army spokesman": a title any body has takes the sector of the
    body named in it; a military title of an armed opposition ("rebel commander", "X, the
    top commander of the guerrillas") is the opposition's (REB), not the state's military."""
    if sector.value == MILITARY:
        words = [*title, *around, *_served_bodies(around)]
        rebel = next((t for t in words if t.lower_ in word_set("armed_opposition")), None)
        rebel = rebel or _rebel_name(title)
        if rebel is not None:
            return code(rebel.doc, REBELS, rebel.idx, rebel.idx + len(rebel))
        return _police_rank(title) or sector
    rebel = next((t for t in title if t.lower_ in word_set("armed_opposition")), None)
    if rebel is not None and sector.value == GOVERNMENT:  # "the separatist leader X"
        return code(rebel.doc, REBELS, rebel.idx, rebel.idx + len(rebel))
    officer = _portfolio_officer(role, [*title, *around])
    if officer is not None:
        return officer
    if not serves_any_body(sector, role):
        return sector
    return _firm_word(title) or group_sector(title) or sector


def _police_rank(title: list[Token]) -> Code | None:
    """ "Police Capt. X", "a police lieutenant": a rank that police forces share with armies
    is the police's (COP) where the title names the force, as `armed_rank` codes one held in a
    named police body."""
    force = group_sector(title)
    return force if force is not None and force.value == POLICE else None


def _served_bodies(words: Sequence[Token]) -> list[Token]:
    """ "the top commander of a Cambodian resistance force": the body an "of"/"for" phrase
    names, up to its head noun (a description cut at its word limit may end inside it; what
    follows the head, "a force fighting the rebels", says what the body does, not what it is)."""
    prepositions = [t for t in words if t.lower_ in word_set("serving_preposition")]
    bodies = [c for p in prepositions for c in p.children if c.dep_ == "pobj"]
    return [t for body in bodies for t in body.doc[body.left_edge.i : body.i + 1]]


def _portfolio_officer(role: tuple[Code, Code], words: Sequence[Token]) -> Code | None:
    """ "a vice president for public and governmental affairs", "senior vice president for
    sales": a vice president over a business portfolio, with no state named, is a company's
    officer (BUS), not a state's; a state's vice president is of the state."""
    if role[1].value != "vice president" or any(country_of(t.text) for t in words):
        return None
    for word in (t for t in words if t.lower_ == "for" and t.head.lower_ == "president"):
        nouns = [t for t in word.subtree if t.lower_ in word_set("business_portfolio")]
        if nouns:
            return code(word.doc, BUSINESS, nouns[0].idx, nouns[0].idx + len(nouns[0]))
    return None


def _rebel_name(title: list[Token]) -> Token | None:
    """ "FARC commander X": a name in a military title that the table knows as an armed
    opposition group, which the tagger often leaves untagged as a noun modifier."""
    for token in (t for t in title if t.text[0].isupper() and t.dep_ in NOUN_MODIFIERS):
        row = current_table().lookup(token.text)
        if row is not None and row.type == ActorType.ORGANIZATION and row.sector == REBELS:
            return token
    return None


def _firm_word(title: list[Token]) -> Code | None:
    """ "a company spokesman", "an airline official": a firm's common noun before the title."""
    heads = word_map("organization_head")
    firms = (t for t in title if t.dep_ in NOUN_MODIFIERS and heads.get(t.lower_) == BUSINESS)
    firm = next(firms, None)
    return code(firm.doc, BUSINESS, firm.idx, firm.idx + len(firm)) if firm else None
