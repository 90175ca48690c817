"""Officers named by a town or province ("Cleveland officers", "Texas officers"): a state's
army is named by its country, a local force by its town, so a town's officers are its police
(COP), where a country's ("Afghan officers") stay its army's."""

from __future__ import annotations

from spacy.tokens import Span

from eventwire.actors.phrases import code
from eventwire.codes import country_of
from eventwire.lexicons import word_set
from eventwire.model import Code
from eventwire.sectors import POLICE


def local_force_sector(modifier: Span, head: Span, sector: Code | None) -> Code | None:
    """COP for a local officer noun after a place that names no country, else `sector`."""
    noun = head[-1]
    if noun.lower_ not in word_set("local_force_noun") or country_of(modifier.text) is not None:
        return sector
    return code(head.doc, POLICE, head.start_char, head.end_char)
