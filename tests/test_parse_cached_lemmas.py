"""The parse's lemmas come through a cache and a set-indexed copy of the model's lemmatizer:
they must be the model's own, word for word (but for the "-e" verbs and the verbs the index
lacks, which its rules misread), and words the attribute ruler lemmatised keep it."""

import pytest
from spacy.attrs import LEMMA

from eventwire.parse.lemmas import CACHED_LEMMATIZER, inflected_verb
from eventwire.parse.nlp import load_nlp

from .conftest import coded_events

TEXTS = [
    "The rebels were attacking villages and said they would fight on.",
    "Ministers met again; the talks broke down after negotiators left.",
    "She is better than her predecessors, who were accused of lying.",
    "Riots erupted as police fired tear gas at the crowds in the capital.",
]


def test_the_cached_lemmatizer_replaces_the_models_in_the_pipeline():
    nlp = load_nlp()
    assert CACHED_LEMMATIZER in nlp.pipe_names
    assert "lemmatizer" not in nlp.pipe_names


def test_cached_lemmas_are_the_models_own():
    nlp = load_nlp()
    spacy_lemmatizer = nlp.get_pipe("lemmatizer")
    for text in TEXTS * 2:  # the second time every answer comes from the cache
        doc = nlp(text)
        cached = doc.to_array([LEMMA]).tolist()
        ruled = nlp.get_pipe("attribute_ruler")(
            nlp.get_pipe("parser")(
                nlp.get_pipe("tagger")(nlp.get_pipe("tok2vec")(nlp.make_doc(text)))
            )
        )
        assert spacy_lemmatizer(ruled).to_array([LEMMA]).tolist() == cached


def test_lemmas_read_as_expected():
    doc = load_nlp()("The rebels were attacking villages.")
    assert [t.lemma_ for t in doc] == ["the", "rebel", "be", "attack", "village", "."]


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Gunmen raped two nurses near the clinic.", "raped", "rape"),
        ("The union staged a sit-in outside the ministry.", "staged", "stage"),
        ("The regulator fines the bank every year.", "fines", "fine"),
        ("The envoy was dining with the emir.", "dining", "dine"),
        ("The mayor hopped onto the stage.", "hopped", "hop"),
        ("Rebels routed the garrison at dawn.", "routed", "rout"),
    ],
)
def test_a_verb_ending_in_e_is_not_read_as_its_shorter_neighbour(text, form, lemma):
    """ "raped" is "rape" ("rap" would double its "p"); "hopped" and "routed" keep theirs."""
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


def test_a_verb_mended_to_its_e_form_tells_its_own_event():
    events = coded_events("Militiamen raped villagers in the northern province.", "1999-04-02")
    assert [code for _, code, _, _ in events] == ["1821"]


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The council is defunding the museum's outreach office.", "defunding", "defund"),
        ("She livetweeted the governor's speech.", "livetweeted", "livetweet"),
        ("Bots were spamming the candidate's page.", "spamming", "spam"),
        ("The agency misidentified the driver.", "misidentified", "misidentify"),
        ("The panel miscalibrated its forecasts.", "miscalibrated", "miscalibrate"),
    ],
)
def test_a_verb_the_index_lacks_is_read_by_the_verb_it_ends_in(text, form, lemma):
    """ "defunding" is "defund" (it ends in "fund"), not the rules' "defunde"; "miscalibrated"
    keeps the "-e" of "calibrate"."""
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Drillers have been fracking the shale under the valley.", "fracking", "frack"),
        ("Two pupils were caught sexting in class.", "sexting", "sext"),
        ("Trolls doxxed the judge after the ruling.", "doxxed", "dox"),
        ("The mayor scapegoated the unions for the deficit.", "scapegoated", "scapegoat"),
    ],
)
def test_a_verb_no_known_verb_ends_in_is_read_by_english_spelling(text, form, lemma):
    """No English verb ends in "-cke", "-xte" or "-oate", so these forms had no "-e" to drop;
    "doxxed" doubled its "x"."""
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


def test_a_spelled_verb_tells_its_own_event():
    events = coded_events("The prime minister scapegoated Germany for the crisis.", "2012-03-01")
    assert ("ACCUSE", "112", ["The prime minister"], ["Germany"]) in events


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("The board reappointed its chairman on Monday.", "reappointed", "appoint"),
        ("Old rivalries reemerged after the vote.", "reemerged", "emerge"),
        ("The finance minister resigned on Friday.", "resigned", "resign"),
        ("Parliament rejected the budget.", "rejected", "reject"),
        ("The troops reacted quickly.", "reacted", "react"),
    ],
)
def test_a_solid_re_verb_the_index_lacks_is_read_as_its_base_verb(text, form, lemma):
    """ "reappointed" appoints, as "re-appointed" does; "resigned" is a verb of its own."""
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


def test_a_censored_word_whose_ending_stands_alone_is_parsed():
    """ "f---ing" splits into "f", "---" and a bare "ing" the tagger may call a verb: a bare
    ending has no stem to mend, and the article is parsed and coded as any other."""
    text = "He better not f---ing be late. He better f---ing live. Police arrested the man."
    doc = load_nlp()(text)
    assert [t.lemma_ for t in doc if t.text == "ing"]
    assert coded_events(text, "2016-05-01")


@pytest.mark.parametrize(
    ("text", "form", "lemma"),
    [
        ("Tom would’ve gotten better seats, and if he had he’d be happy.", "gotten", "get"),
        ("In earlier years, mayors have halted paid speeches as well.", "halted", "halt"),
    ],
)
def test_a_verb_form_read_as_base_form_or_auxiliary_is_read_as_its_verb(text, form, lemma):
    """The tagger reads "gotten" here as a base form (VB) and "halted" as an auxiliary; the
    rules keep both forms as they are, so the one verb each inflects is their lemma."""
    doc = load_nlp()(text)
    assert next(t.lemma_ for t in doc if t.text == form) == lemma


@pytest.mark.parametrize(
    ("form", "lemma", "expected"),
    [
        ("gotten", "gotten", "get"),
        ("voting", "voting", "vote"),
        ("found", "found", "found"),  # a verb of its own ("found a party") as well as "find"
        ("saw", "saw", "saw"),
        ("will", "will", "will"),
        ("shot", "shoot", "shoot"),  # already mended
    ],
)
def test_only_a_form_of_exactly_one_other_verb_is_mended(form, lemma, expected):
    lookups = load_nlp().get_pipe("lemmatizer").lookups
    assert inflected_verb(form, lemma, lookups) == expected


def test_an_unstressed_er_verb_the_index_lacks_keeps_no_e():
    """ "tasered" and "tasering" are "taser", not the rules' "tasere"."""
    doc = load_nlp()("Officers were tasering the strikers; a deputy tasered one of them.")
    assert {t.lemma_ for t in doc if t.lower_.startswith("taser")} == {"taser"}


def test_a_tasered_person_is_assaulted():
    events = coded_events("Officers were tasering the strikers at the gate.", "2015-06-01")
    assert ("ASSAULT", "182", ["Officers"], ["the strikers"]) in events


def test_a_modal_keeps_its_own_lemma():
    """A guard: "might" is a modal, not a verb form to mend to "may"."""
    doc = load_nlp()("The envoy might resign before the summit.")
    assert next(t.lemma_ for t in doc if t.text == "might") == "might"
