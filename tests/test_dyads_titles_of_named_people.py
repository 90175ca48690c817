"""A title after an indefinite description and a named holder of the same office ("A federal
judge ruled ... Judge Ana Ruiz wrote ... the judge") is the named holder; two named holders
still leave it open."""

from __future__ import annotations

from tests.conftest import doer_names


def test_the_title_is_the_one_named_holder_after_an_indefinite_description() -> None:
    text = (
        "A federal judge has blocked the new voting law in Texas.\n\n"
        "In her ruling, Judge Ana Ruiz wrote that the law hurt poor voters.\n\n"
        "Governor Greg Abbott said he would appeal. The judge criticized the state's lawyers."
    )
    assert doer_names(text, "criticized") == ["Ana Ruiz"]


def test_two_named_holders_leave_the_title_open() -> None:
    text = (
        "Judge Ana Ruiz and Judge Maria Soto heard the case in Austin.\n\n"
        "The judge criticized the state's lawyers."
    )
    assert not {"Ana Ruiz", "Maria Soto"} & set(doer_names(text, "criticized"))
