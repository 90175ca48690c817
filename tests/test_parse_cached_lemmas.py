"""The parse's lemmas come through a cache and a set-indexed copy of the model's lemmatizer:
they must be the model's own, word for word, and words the attribute ruler lemmatised keep it."""

from spacy.attrs import LEMMA

from eventwire.parse.lemmas import CACHED_LEMMATIZER
from eventwire.parse.nlp import load_nlp

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
