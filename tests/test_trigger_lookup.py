"""The shared "which acts may this word be" lookup of the trigger lexicon."""

from eventwire.events.lexicon import word_cameos, word_rows, word_types


def test_rows_of_one_kind_keep_lexicon_order() -> None:
    rows = word_rows("attack", "V")
    assert rows and all(row.kind == "V" for row in rows)
    assert [r for r in word_rows("attack") if r.kind == "V"] == rows


def test_single_and_bare_rows_drop_phrases_and_argument_rows() -> None:
    fire = word_rows("fire", "V", single=True, bare=True)
    assert all(len(row.words) == 1 and not row.arguments for row in fire)
    assert len(fire) < len(word_rows("fire", "V"))  # "fire back", "fire>bullet" are left out


def test_types_and_codes_of_a_word() -> None:
    assert "ASSAULT" in word_types("attack", "N")
    assert "ACCUSE" in word_types("charge", "V", single=True, bare=True)
    assert word_cameos("unheardofword") == set()
