"""Places: toponyms, regions and borders, geocoded offline.

Reads the parsed article, its `Article` metadata (dateline) and the `Actor` records (countries
the article names weigh in choosing between homonyms). Writes `Place` records with coordinates,
ISO3 country, admin1, feature and GeoNames id.
"""

from eventwire.places.extract import extract_places

__all__ = ["extract_places"]
