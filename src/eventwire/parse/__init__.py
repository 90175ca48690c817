"""Parse: spaCy analysis and article metadata (headline, dateline, agency, date, language)."""
