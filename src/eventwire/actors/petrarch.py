"""Read a user's CAMEO/PETRARCH actor and agent dictionaries into KnownActor rows.

Analysts keep dictionaries in the TABARI/PETRARCH format (PETRARCH's dictionaries.rst):
actor files hold a phrase, `+synonyms` and dated codes (`[USAGOV >20090120]`); agent files hold
role nouns with `[~GOV]`-style sector codes. Written here rather than taken from PETRARCH,
which is a Python 2-era program whose readers fill global tries for its own parser, not a library.
Files whose names contain "agent" are read as agents, "actor" as actors; others (verbs,
issues, discards) are skipped. A line that cannot be read is reported, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pycountry

from eventwire.actors.entry import KnownActor
from eventwire.lexicons import read_table
from eventwire.model import ActorType

_CODE = re.compile(r"\[([^\]}]*)[\]}]")
_COMMENT = re.compile(r"[#;].*")
_PLURALS = re.compile(r"\{([^}]*)\}")
_MARKER = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
LAST_20XX_YEAR = 30  # six-digit dates as KEDS, TABARI and PETRARCH read them: 00-30 are 20xx


@cache
def _cameo_codes() -> dict[str, tuple[str, str]]:
    """lexicons/cameo_codes.tsv: CAMEO three-letter code → (kind, eventwire value)."""
    return {code: (kind, value) for code, kind, value in read_table("cameo_codes.tsv")}


def _country(code: str) -> str | None:
    """ISO 3166 alpha-3 (current or historic) for a CAMEO state code, else None."""
    kind, value = _cameo_codes().get(code, ("", ""))
    if kind == "country":
        return value
    if pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code):
        return code
    return None


def _sector(chunk: str) -> str | None:
    """eventwire's sector for a three-letter CAMEO agent or group code, if it codes one."""
    kind, value = _cameo_codes().get(chunk, ("", ""))
    return value or None if kind in ("sector", "group") else None


def split_code(code: str) -> tuple[str | None, str | None]:
    """A CAMEO actor code's country and eventwire sector: USAGOV → (USA, GOV), IGOUNO → (None, IGO).

    A multinational's code may carry its home state (MNCUSA → USA, BUS); IGOs and NGOs never do.
    """
    head, rest = code[:3], code[3:]
    country = None if _opens_group(code) else _country(head)
    if country is not None:
        return country, _sector(rest[:3])
    home = _country(rest[:3]) if head == "MNC" else None
    return home, _sector(head) or _sector(rest[:3])


def parse_day(text: str) -> date:
    """YYYYMMDD or TABARI's YYMMDD; ValueError otherwise."""
    if len(text) == 8 and text.isdigit():
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 6 and text.isdigit():
        year = int(text[:2])
        year += 2000 if year <= LAST_20XX_YEAR else 1900
        return date(year, int(text[2:4]), int(text[4:]))
    raise ValueError(f"not a YYYYMMDD or YYMMDD date: {text!r}")


def parse_restriction(text: str) -> tuple[str, date | None, date | None]:
    """`USAGOV >090120` → (USAGOV, 2009-01-20, None); `<d`, `d-d` and a bare code alike."""
    code, _, period = text.strip().partition(" ")
    period = period.replace(" ", "")
    if not period:
        return code, None, None
    if period.startswith(">"):
        return code, parse_day(period[1:]), None
    if period.startswith("<"):
        return code, None, parse_day(period[1:])
    start, dash, end = period.partition("-")
    if not dash:
        raise ValueError(f"not a date restriction: {period!r}")
    return code, parse_day(start), parse_day(end)


def phrase(text: str) -> str:
    """A dictionary phrase as words, as the user wrote them: JAMES_BYRNES_ → JAMES BYRNES."""
    return " ".join(text.replace("_", " ").split())


@dataclass
class _Record:
    """One actor entry while it is read: its phrases and its (code, start, end) restrictions."""

    names: list[str]
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)


def _opens_group(code: str) -> bool:
    """Whether a code names a non-state body (IGO, NGO, multinational, militant group)."""
    return _cameo_codes().get(code[:3], ("",))[0] == "group"


def _record_type(record: _Record) -> ActorType:
    """People have dated codes outside IGO/NGO/MNC ones; a bare state code is a country."""
    codes = [code for code, _, _ in record.codes]
    if any(start or end for _, start, end in record.codes):
        if not all(_opens_group(code) for code in codes):
            return ActorType.PERSON
    elif any(len(code) == 3 and _country(code) for code in codes):
        return ActorType.COUNTRY
    return ActorType.ORGANIZATION


def _record_rows(record: _Record, source: str) -> Iterator[KnownActor]:
    """One row per code of the record; the null code `---` codes nothing."""
    kind = _record_type(record)
    primary, *aliases = record.names
    for code, start, end in record.codes:
        if not code.strip("-"):
            continue
        country, sector = split_code(code)
        yield KnownActor(
            name=phrase(primary),
            aliases=tuple(phrase(alias) for alias in aliases),
            type=kind,
            country=country,
            sector=sector,
            start=start,
            end=end,
            source=source,
            code=code,
        )


def read_actors(path: Path) -> tuple[list[KnownActor], list[str]]:
    """An actor dictionary's rows and, for each line that could not be read, an error."""
    rows: list[KnownActor] = []
    errors: list[str] = []
    record: _Record | None = None
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw).rstrip()
        if not line.strip() or line.lstrip().startswith("<"):
            continue
        name = _CODE.sub("", line).strip()
        if line.startswith("+") and record is not None:
            record.names.append(name[1:])
        elif name and not line[0].isspace():
            if record is not None:
                rows.extend(_record_rows(record, path.name))
            record = _Record([name.lstrip("+")])
        if record is None:
            continue
        for restriction in _CODE.findall(line):
            try:
                record.codes.append(parse_restriction(restriction))
            except ValueError as error:
                errors.append(f"{path.name}:{number}: {error}")
    if record is not None:
        rows.extend(_record_rows(record, path.name))
    return rows, errors


def _plural(word: str) -> str:
    """Regular English plural, as the PETRARCH format defines it."""
    if word.endswith("Y"):
        return word[:-1] + "IES"
    return word + ("ES" if word.endswith("SS") else "S")


def _agent_forms(text: str, markers: dict[str, list[str]]) -> list[str]:
    """The phrase's singular and plural forms, with substitution markers expanded."""
    plurals = _PLURALS.search(text)
    root = _PLURALS.sub("", text).strip()
    marker = next((name for name in markers if name in root), None)
    if marker:
        return [root.replace(marker, item) for item in markers[marker]]
    if plurals is None:
        return [root, _plural(root)]
    return [root, *plurals.group(1).split()]


def _agent_sector(code: str) -> tuple[str | None, str]:
    """`~GOVPRS` → GOV (added after the actor's code); `NGO~` → NGO (added before)."""
    chunk = code.strip().lstrip("~").rstrip("~")
    return _sector(chunk[:3]), chunk


def read_agents(path: Path) -> tuple[list[KnownActor], list[str]]:
    """An agents dictionary's role nouns, each with its sector and no country."""
    rows: list[KnownActor] = []
    errors: list[str] = []
    markers: dict[str, list[str]] = {}
    text = path.read_text(encoding="utf-8", errors="replace")
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _COMMENT.sub("", raw).strip()
        if not line or line.startswith("<"):
            continue
        if found := _MARKER.match(line):
            markers[found.group(1)] = [item.strip() for item in found.group(2).split(",")]
            continue
        codes = _CODE.findall(line)
        if not codes:
            errors.append(f"{path.name}:{number}: no [code] in {line!r}")
            continue
        sector, code = _agent_sector(codes[0])
        primary, *aliases = _agent_forms(_CODE.sub("", line), markers)
        rows.append(
            KnownActor(
                name=phrase(primary),
                aliases=tuple(phrase(alias) for alias in aliases),
                type=ActorType.GROUP,
                sector=sector,
                source=path.name,
                code=code,
                agent=True,
            )
        )
    return rows, errors


def read_dictionaries(folder: Path) -> tuple[list[KnownActor], list[str]]:
    """Every actor and agent dictionary in a folder, in name order."""
    rows: list[KnownActor] = []
    errors: list[str] = []
    if not folder.is_dir():
        return rows, [f"{folder}: not a folder of dictionaries"]
    for path in sorted(folder.iterdir()):
        lowered = path.name.lower()
        reader = read_agents if "agent" in lowered else read_actors if "actor" in lowered else None
        if reader is None or not path.is_file():
            continue
        found, problems = reader(path)
        rows += found
        errors += problems
    return rows, errors
