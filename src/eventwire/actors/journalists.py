"""People the text shows at a journalist's work, with no title that says so: the byline
clause "…, Isaac Stanley-Becker reports.", a writer "writing for RealClearPolitics", a host
whose name a show carries ("on Aaron Klein Investigative Radio") or who hosts one ("X, who
hosts a radio show"), a name a known outlet owns ("The Atlantic's Mark Dale"). They are media
(MED).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.actors.named_cues import code_cued_people
from eventwire.actors.outlets import news_outlets
from eventwire.lexicons import word_map, word_set
from eventwire.model import Actor, Mention
from eventwire.parse.arguments import objects
from eventwire.parse.tags import PRESENT_SINGULAR_TAG
from eventwire.sectors import MEDIA

WRITING_WINDOW = 6  # ", who writes for The Atlantic"
WRITTEN_IN = frozenset({"for", "in", "on"})  # "writing for Slate", "in the Post", "on Breitbart"


def code_journalists(doc: Doc, actors: list[Actor], mentions: list[Mention]) -> None:
    """Give a person with no sector MED where one of their names stands in a byline clause,
    writes for a known outlet, or names a show."""
    code_cued_people(doc, actors, mentions, _journalist_cue, MEDIA, "journalist")


def _journalist_cue(name: Span) -> tuple[int, int] | None:
    """The characters that show the person at a journalist's work, else None."""
    cues = (
        _byline_verb(name),
        _outlet_written_for(name),
        _show_named(name),
        _show_hosted(name),
        _outlet_owner(name),
    )
    for cue in cues:
        if cue is not None:
            return cue.idx, cue.idx + len(cue)
    return None


def _byline_verb(name: Span) -> Token | None:
    """ "…, Isaac Stanley-Becker reports.": a present-tense reporting verb after the report
    it attributes (a witness "reported" a fire; a byline "reports" the story)."""
    verb = name.root.head
    if name.root.dep_ != "nsubj" or verb.lemma_ != "report" or verb.tag_ != PRESENT_SINGULAR_TAG:
        return None
    return verb if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) else None


def _outlet_written_for(name: Span) -> Token | None:
    """ "Jack Kelly, writing for RealClearPolitics", "X, who writes for Slate", "X wrote on
    Breitbart": a writing verb right after the name whose "for"/"in"/"on" object is a known
    news outlet (a site is written on, as a paper is written in)."""
    doc = name.doc
    window = doc[name.end : min(name.sent.end, name.end + WRITING_WINDOW)]
    verb = next((t for t in window if t.lemma_ in word_set("writing_verb")), None)
    if verb is None or verb.i + 2 > len(doc) or doc[verb.i + 1].lower_ not in WRITTEN_IN:
        return None
    rest = doc[verb.i + 2 : name.sent.end].text.removeprefix("the ").removeprefix("The ")
    return verb if any(rest.startswith(outlet) for outlet in news_outlets()) else None


def _show_named(name: Span) -> Token | None:
    """ "on Aaron Klein Investigative Radio": a name that modifies a media head noun is the
    host whose show carries it."""
    head = name.root.head
    if name.root.dep_ != "compound" or head.i < name.end:
        return None
    return head if word_map("organization_head").get(head.lower_) == MEDIA else None


def _show_hosted(name: Span) -> Token | None:
    """ "X, who hosts an Atlanta area radio show", "X, the former candidate who hosts a radio
    show", "X edits the page and co-hosts the podcast": a hosting verb the person does whose
    object is a broadcast (hosting a dinner or a summit is no journalist's work)."""
    root = name.root
    nouns = [root, *_appositions(root)]
    verbs = [c for noun in nouns for c in noun.children if c.dep_ == "relcl"]
    verbs += [root.head] if root.dep_ == "nsubj" else []
    verbs += [c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    for verb in (v for v in verbs if v.lemma_.lower() in word_set("hosting_verb")):
        if any(c.lemma_.lower() in word_set("broadcast_noun") for c in objects(verb)):
            return verb
    return None


def _appositions(word: Token) -> list[Token]:
    """The nouns in apposition to the word, and those coordinated with them ("X, the pizza
    maven and former candidate")."""
    appositions = [c for c in word.children if c.dep_ == "appos"]
    return [*appositions, *(c for a in appositions for c in a.children if c.dep_ == "conj")]


def _outlet_owner(name: Span) -> Token | None:
    """ "The Atlantic's Mark Dale", "Politico's Jane Roe": a known news outlet as the name's
    possessor is the outlet the person writes for (news style's short byline)."""
    owner = next((c for c in name.root.children if c.dep_ == "poss" and c.i < name.start), None)
    if owner is None:
        return None
    text = " ".join(t.text for t in owner.subtree if t.dep_ != "case")
    outlets = news_outlets()
    return owner if text in outlets or text.removeprefix("The ") in outlets else None
