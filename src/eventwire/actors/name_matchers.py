"""Phrase matchers over the known-actor table and the organisation lexicon, built once per
vocabulary: they find known names the NER missed or cut."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.vocab import Vocab

from eventwire.actors.known_rows import builtin_rows
from eventwire.codes import organization_lexicon
from eventwire.model import ActorType
from eventwire.parse.nlp import name_docs


@cache
def known_name_matcher(vocab: Vocab) -> PhraseMatcher:
    """Names and aliases of eventwire's known actors, matched case-sensitively."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    names: dict[str, set[str]] = {"PERSON": set(), "ORG": set()}
    for row in builtin_rows():
        label = "PERSON" if row.type == ActorType.PERSON else "ORG"
        names[label].update(
            form for form in (row.name, *row.aliases) if " " in form or label == "ORG"
        )
    for label, forms in names.items():
        matcher.add(label, name_docs(sorted(with_typeset_apostrophes(forms))))
    return matcher


@cache
def organization_matcher(vocab: Vocab) -> PhraseMatcher:
    """Known organisation names and aliases, matched case-sensitively."""
    matcher = PhraseMatcher(vocab, attr="ORTH")
    matcher.add("ORG", name_docs(sorted(with_typeset_apostrophes(organization_lexicon()))))
    return matcher


def with_typeset_apostrophes(forms: Iterable[str]) -> set[str]:
    """The names as the tables write them and as typeset pages do ("McDonald’s",
    "O’Rourke"): the matchers compare words letter for letter."""
    forms = set(forms)
    return forms | {form.replace("'", "’") for form in forms if "'" in form}
