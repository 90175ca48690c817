"""Resolve: codes (country, sector, role) and links between mentions of the same actor."""
