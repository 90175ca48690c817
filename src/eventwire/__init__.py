"""eventwire: news articles in, structured political event data with evidence out."""

__version__ = "0.1.0"
