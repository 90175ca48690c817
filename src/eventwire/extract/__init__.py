"""Extract: functions from a parsed article (spaCy Doc + Article) to typed records."""
