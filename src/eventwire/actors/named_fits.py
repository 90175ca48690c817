"""Which of several people a title fits is meant, when only one of them has a name.

"A federal judge has ordered ... Judge Gonzalo Curiel cited ... the judge": the lead's
indefinite description and the judge named next are one person told twice, so a later "the
judge" is the named one; two named judges still leave it open ("Sen. A and Sen. B ... the
senator"), since a wrong link moves an event's side.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.actors.candidates import Candidate
from eventwire.model import Actor, MentionKind

NAMES = {MentionKind.NAME, MentionKind.SURNAME}


def named_one(fitting: list[Actor], mentions: Iterable[tuple[Candidate, Actor]]) -> Actor | None:
    """The one fitting person some earlier mention names; None when none or several are."""
    fitting_ids = {id(actor) for actor in fitting}
    named = {id(a): a for other, a in mentions if id(a) in fitting_ids and other.kind in NAMES}
    return next(iter(named.values())) if len(named) == 1 else None
