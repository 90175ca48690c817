"""A candidate actor mention, and the collector that records candidates for one Doc."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.actors.clause_spans import clause_span, in_noun_clause
from eventwire.actors.clauses import clause_key, controller_key, relative_clause_keys
from eventwire.actors.country_modifiers import country_modifier
from eventwire.actors.known_rows import institution_names
from eventwire.actors.phrases import code
from eventwire.lexicons import word_set
from eventwire.model import ActorType, Code, MentionKind
from eventwire.parse.cue_rows import SAYING_CLASSES, cue_class
from eventwire.parse.deps import PREMODIFIER_DEPS
from eventwire.parse.nlp import doc_text
from eventwire.parse.quotemarks import inside, quoted_spans

INTERNATIONAL_SECTORS = word_set("stateless_sector")
MAX_MODIFIER_LOOKBACK = 4  # tokens of a country name and its possessive mark


@dataclass
class Candidate:
    """One mention before resolution; `key` groups mentions of the same named actor."""

    kind: MentionKind
    type: ActorType
    start: int
    end: int
    name: str
    key: str
    token_index: int
    in_quote: bool
    country: Code | None = None
    sector: Code | None = None
    role: Code | None = None
    gloss_of: int | None = None  # index of a bracketed name that explains this nominal
    refers_back: bool = False  # "counterpart": role is copied from the other party
    extra: dict[str, str] = field(default_factory=dict)


class MentionCollector:
    """Candidates found so far in one Doc, and the tokens they have claimed."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.quotes = quoted_spans(doc_text(doc))
        self.claimed: set[int] = set()  # token indices already part of a mention or title
        self.candidates: list[Candidate] = []
        self.organizations: list[Span] | None = None  # known names, matched once
        self.known_names: list[tuple[int, int, int]] | None = None  # the known-actor table's

    def add(
        self,
        kind: MentionKind,
        type_: ActorType,
        span: Span,
        key: str,
        name: str | None = None,
        **codes: Code | None,
    ) -> Candidate:
        """Record a mention candidate and claim its tokens: every finder, in this module and
        in the small finder modules beside it, adds through here."""
        candidate = Candidate(
            kind=kind,
            type=type_,
            start=span.start_char,
            end=span.end_char,
            name=name or span.text,
            key=key,
            token_index=span.start,
            in_quote=inside(self.quotes, span.start_char),
            **codes,
        )
        root = span.root
        candidate.extra.update(dep=root.dep_, head=clause_key(root))  # for pronoun antecedents
        candidate.extra["relative_heads"] = relative_clause_keys(root)  # "Smith, whom he ..."
        candidate.extra["controller"] = controller_key(root)  # "X attacked Y, calling him"
        candidate.extra.update(sentence=str(root.sent.start), main=_main_clause(root))
        candidate.extra["clause_span"] = clause_span(root)  # a subordinate clause it is in
        candidate.extra["noun_clause"] = "yes" if in_noun_clause(root) else ""  # "the view that"
        candidate.extra["noun"] = root.lemma_.lower()  # for "the refugees" → "Syrian refugees"
        candidate.extra["phrase_dep"] = _coordination(root).dep_  # for namesakes
        if _modifies_noun(span):  # "the Slepian shooting": no antecedent of a later "him"
            candidate.extra["modifier"] = "yes"
        self.candidates.append(candidate)
        self.claimed.update(range(span.start, span.end))
        return candidate

    def free(self, span: Span) -> bool:
        """No token of the span is claimed yet: a later finder never codes a word twice."""
        return not any(i in self.claimed for i in range(span.start, span.end))

    def _modifier_owns_body(self, modifier: Span) -> bool:
        """ "Russia's Defense Ministry": the country modifier before an organisation of one state
        (found first; `_body_country` gave it the country) is part of its name, not a group's
        of its own."""
        start = modifier.doc[modifier.end].idx if modifier.end < len(modifier.doc) else -1
        body = next((c for c in self.candidates if _organization_at(c, start)), None)
        if body is None or (body.sector and body.sector.value in INTERNATIONAL_SECTORS):
            return False
        self.claimed.update(range(modifier.start, modifier.end))
        return True

    def _body_country(
        self, span: Span, known: str | None, sector: str, evidence: tuple[int, int]
    ) -> Code | None:
        """A known organisation's country: its table's, else the state's its name follows; an
        institution every state has takes the state named before it ("the Peruvian Congress")."""
        if known and span.text.lower() in institution_names():
            return self._modifier_country(span, sector) or code(self.doc, known, *evidence)
        return code(self.doc, known, *evidence) if known else self._modifier_country(span, sector)

    def _modifier_country(self, span: Span, sector: str | None) -> Code | None:
        """ "president of Cuba's National Assembly", "the Russian Defense Ministry": the country
        named right before an organisation, for a body of one state (an IGO or NGO serves none,
        "America's NATO allies")."""
        if sector in INTERNATIONAL_SECTORS or not span.start:
            return None
        last = self.doc[span.start - 1]
        for start in range(max(0, span.start - MAX_MODIFIER_LOOKBACK), span.start):
            found = country_modifier(self.doc[start])
            if found is not None and found[1] == span.start:
                return code(self.doc, found[0].iso3, self.doc[start].idx, last.idx + len(last))
        return None


def _organization_at(candidate: Candidate, start: int) -> bool:
    return candidate.type == ActorType.ORGANIZATION and candidate.start == start


def _coordination(word: Token) -> Token:
    """The first conjunct of a coordination the word ends ("Smith" in "Lee and Smith" → "Lee"),
    or the common noun an appositive renames ("his father Juan Lee" → "father"), whose place
    in the clause the word shares."""
    while word.head != word and (
        word.dep_ == "conj" or (word.dep_ == "appos" and word.head.pos_ == "NOUN")
    ):
        word = word.head
    return word


def _main_clause(root: Token) -> str:
    """ "yes" for an argument of its sentence's main verb, "reporter" where that verb reports
    ("Reid said Trump should quit"): the reporter is whom the sentence is about, the one a
    following "he" most often means; the people of what was reported only what they said."""
    verb = root.head
    if verb.dep_ != "ROOT" or verb.i == root.i:
        return ""
    return "reporter" if cue_class(verb) in SAYING_CLASSES else "yes"


def _modifies_noun(span: Span) -> bool:
    """The name stands inside another noun's phrase as its modifier, after that noun's
    determiner ("the Slepian shooting", "a Trump rally"); a bare "Trump stokes anger" that the
    parse misreads as a compound has no determiner before it and stays a participant."""
    root = span.root
    return root.dep_ in PREMODIFIER_DEPS and any(
        c.dep_ == "det" and c.i < span.start for c in root.head.children
    )
