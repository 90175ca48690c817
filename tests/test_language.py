"""Which texts go on as English: news in English always, other languages never."""

from __future__ import annotations

from eventwire.parse.language import detect_language


def test_short_english_full_of_place_names_is_english() -> None:
    assert detect_language("Fires burned in Kenya and Tanzania.") == "en"


def test_english_news_paragraph_is_english() -> None:
    text = (
        "The minister said on Tuesday that the talks with the rebels would resume after the "
        "elections, which have been delayed by a dispute over the voter rolls."
    )
    assert detect_language(text) == "en"


def test_other_languages_are_told_apart() -> None:
    german = "Die Regierung hat am Dienstag neue Sanktionen gegen das Land beschlossen und erklärt."
    french = "Le gouvernement a annoncé mardi de nouvelles sanctions contre le pays voisin."
    spanish = "El presidente anunció el martes que el gobierno negociará con los rebeldes."
    assert detect_language(german) == "de"
    assert detect_language(french) == "fr"
    assert detect_language(spanish) == "es"


def test_text_without_letters_has_no_language() -> None:
    assert detect_language("1234 5678 9012") is None


def test_one_sentence_wire_items_full_of_names_are_english() -> None:
    assert detect_language("Bolivian farmers began a hunger strike outside Congress.") == "en"
    assert (
        detect_language("Fighting between Sudanese troops and Chadian rebels killed dozens.")
        == "en"
    )


def test_a_very_short_text_the_detector_finds_possibly_english_is_english() -> None:
    assert detect_language("Sudanese troops killed three men.") == "en"
    assert detect_language("Die Regierung hat neue Sanktionen beschlossen.") == "de"


def test_headlines_without_function_words_are_english() -> None:
    for headline in ("Militants storm Kabul hotel", "Senate Rejects Budget Deal", "Miners strike"):
        assert detect_language(headline) == "en", headline


def test_short_headlines_in_other_languages_stay_foreign() -> None:
    assert detect_language("Polizei nimmt Demonstranten fest") == "de"
    assert detect_language("Huelga general en Madrid") == "es"


def test_one_line_items_made_of_names_are_english() -> None:
    texts = (
        "Peruvian President Pedro Castillo met Chilean President Gabriel Boric in Lima on Friday.",
        "Dutch Foreign Minister Wopke Hoekstra met Belgian Foreign Minister Sophie Wilmes.",
    )
    for text in texts:
        assert detect_language(text) == "en", text


def test_names_in_another_language_stay_foreign() -> None:
    assert (
        detect_language("Der peruanische Präsident traf am Freitag den chilenischen Präsidenten.")
        == "de"
    )
    assert (
        detect_language("De Nederlandse premier ontmoette de Belgische premier in Brussel.") == "nl"
    )


def test_headlines_naming_known_people_are_english() -> None:
    assert detect_language("Biden calls Cruz a hypocrite.") == "en"
    assert detect_language("Obama nennt Putin einen Tyrannen.") == "de"
