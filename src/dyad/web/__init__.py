"""dyad's web side: the JSON API and the analysts' page, served by one FastAPI app."""
