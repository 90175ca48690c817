"""Sources told by a newsletter's layout: a phrase set off by a dash after a section's
headline, or opened by "(More) from", before a colon speaks the quote after it; a digest item's
capitals headline before a quote with nothing after it but a credit labels that quote. And an
"as" clause after the verb it hangs on says when, not who: the cue's subject keeps the quote."""

from __future__ import annotations

from tests.conftest import contents_and_speakers


def speakers(text: str) -> list[str | None]:
    return [speaker for _, speaker in contents_and_speakers(text)]


def test_a_source_after_a_dashed_headline_speaks() -> None:
    text = (
        "Morning brief.\n\nFARMERS SOUR ON TARIFFS IN OHIO - Laura Benton: “Growers in three "
        "counties told us the new duties cost them their best buyers.”\n\nMore later."
    )
    assert speakers(text) == ["Laura Benton"]


def test_a_source_after_more_from_speaks() -> None:
    text = (
        "Survey roundup.\n\nWhat the audit does show - Not every count is equally careful. "
        "From the audit: “In general, counties with paper trails produced the best tallies.”"
    )
    assert speakers(text) == ["the audit"]


def test_an_initial_stays_in_the_set_off_name() -> None:
    text = (
        "Election desk.\n\nTURNOUT CLIMBS IN KENYA - Peter K. Mwangi: “Young voters turned out "
        "in numbers we have not seen since 2002.”"
    )
    assert speakers(text) == ["Peter K. Mwangi"]


def test_a_digest_headline_labels_its_quote() -> None:
    text = (
        "Weekend digest.\n\nHOW DROUGHT EMPTIES THE VALLEYS OF CHILE “Farmers in the central "
        "valley have sold half their herds since March.” [Reuters.]"
    )
    assert speakers(text) == ["HOW DROUGHT EMPTIES THE VALLEYS OF CHILE"]


def test_a_dateline_is_no_headline() -> None:
    text = "MADRID — “We will not sign this treaty,” the foreign minister said on Monday."
    assert speakers(text) == ["the foreign minister"]


def test_an_as_clause_after_the_cue_does_not_take_the_quote() -> None:
    text = (
        "“The port will stay open all winter,” the governor said on Friday as dockworkers "
        "applauded."
    )
    assert speakers(text) == ["the governor"]


def test_an_as_clause_still_frames_its_sentence() -> None:
    text = "As Mr. Okafor put it, “The budget is a fantasy.”"
    assert speakers(text) == ["Okafor"]
