"""The user's cache directory, where tables built once from installed packages' data are kept
(the gazetteer's index, the given-name table); the setting `EVENTWIRE_CACHE_DIR` overrides it."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

CACHE_SETTING = "EVENTWIRE_CACHE_DIR"


def cache_dir() -> Path:
    override = os.environ.get(CACHE_SETTING)
    return Path(override) if override else Path(platformdirs.user_cache_dir("eventwire"))
