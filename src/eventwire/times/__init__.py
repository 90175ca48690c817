"""Times: temporal expressions with TIMEX3 values resolved against the article's date.

Reads the parsed article and its `Article` metadata (date, dateline). Writes `TimeExpression`
records: type, ISO 8601 / TIMEX3 value, range, granularity and the anchor used.
"""

from eventwire.times.extract import extract_times

__all__ = ["extract_times"]
