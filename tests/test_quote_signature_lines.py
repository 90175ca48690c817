"""A quote paragraph signed on the line below ("-Name, Place.") is the signer's, named in
full (the tokenizer cuts the hyphen off the name's first word); a name glued to a dash after a
quote inside prose ("…”--Name.") is a reporter's credit, not a speaker."""

from __future__ import annotations

from tests.conftest import quote_speakers


def test_signature_below_a_quote_paragraph_names_the_speaker() -> None:
    text = (
        "Notes from the rally.\n\n"
        '"Every family in this valley deserves clean water and a school nearby."\n\n'
        "-Dana Reyes, Lisbon.\n\nMore notes.\n"
    )
    assert quote_speakers(text) == ["Dana Reyes"]


def test_dash_credit_after_prose_names_no_speaker() -> None:
    text = (
        'Mayor Costa said Monday that the city would "find the money" for the new bridge.'
        "--Lena Ortiz.\n\nMore news.\n"
    )
    assert "Ortiz" not in quote_speakers(text)
