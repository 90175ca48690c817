"""The forms a known person's name takes: the word they are called by alone ("Obama", none
for "Elizabeth II"), and the other spellings of a surname or a given name that still name them
("Qaddafi" of "Gaddafi", "Mikheil" of "Mikhail"), read by the known-actors index (`known`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from eventwire.codes import one_word_titles
from eventwire.lexicons import word_set

GIVEN_SPELLING_RATIO = 0.75  # "Mikhail"/"Mikheil" 0.86, "Alan"/"Kablan" 0.6
SPELLING_RATIO = 0.6  # "Gadhafi"/"Gaddafi" 0.86, "Sisi"/"Sissi" 0.89, "Mazen"/"Abbas" 0.2
_REGNAL = re.compile(r"^[ivxl]+$")


def surname(identity: tuple[str, ...], family_first: bool = False) -> str | None:
    """The word a person is called by alone, or None for regnal and titled names.

    "Elizabeth II", "King Baudouin" and "Abdullah II of Jordan" have none: taking "ii",
    "baudouin" or "jordan" alone for them would misname others; nor is a title ("Tom King")
    anyone's surname. A name written family name first ("Moon Jae-in") is called by its first
    word; a generational suffix ("Jr.") is no one's surname: the word before it is.
    """
    if len(identity) < 2 or "of" in identity or identity[0] in one_word_titles():
        return None
    if family_first and identity[0] in word_set("family_first_surname"):
        return identity[0]
    last = identity[-1]
    if last in word_set("generational_suffix") and len(identity) > 2:
        last = identity[-2]  # "Jerry Falwell Jr." is called "Falwell", never "Jr."
    return None if _REGNAL.match(last) or last in one_word_titles() else last


def spelling_of(name: str, own: str | None) -> bool:
    """An alias's surname is another spelling of the person's own ("Qaddafi" of "Gaddafi"),
    not a nickname's, a title's or a suffix's last word ("Abu Mazen", "Prince Charles",
    "Bush Sr."); a person with no surname of their own ("Elizabeth II") gets none."""
    if own is None:
        return False
    return name == own or SequenceMatcher(None, name, own).ratio() >= SPELLING_RATIO


def given_fits(written: str, own: set[str]) -> bool:
    """The written given name is one of the person's, or another spelling ("Mikhail" and
    "Mikheil")."""
    return any(
        written == name or SequenceMatcher(None, written, name).ratio() >= GIVEN_SPELLING_RATIO
        for name in own
    )
