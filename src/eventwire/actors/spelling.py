"""Names wire copy misspells by one letter ("Francois Mitterand" for Mitterrand)."""

from __future__ import annotations

MIN_SURNAME = 5  # a short surname one letter off is another name ("Bush", "Rush")


def one_letter_off(written: str, known: str) -> bool:
    """Whether `written` is `known` with one letter dropped, doubled, added or changed.

    Hand-written because only this one-edit test is needed, not a distance: the standard
    library's difflib gives similarity ratios, which do not count edits.
    """
    if written == known or min(len(written), len(known)) < MIN_SURNAME:
        return False
    if abs(len(written) - len(known)) > 1 or (written[0] != known[0] and written[-1] != known[-1]):
        return False  # one edit keeps the first letter or the last: the cheap tests come first
    if len(written) == len(known):
        return sum(a != b for a, b in zip(written, known, strict=True)) == 1
    short, long = sorted((written, known), key=len)
    cut = next((i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short))
    return short[cut:] == long[cut + 1 :]
