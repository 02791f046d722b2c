"""The start-up text of the web server for German: none. German extraction loads no statistical
model (no NER, no parser), so a first German document posted has nothing to wait for."""

WARM_UP_TEXT: str | None = None
