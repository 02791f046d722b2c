"""The start-up text of the web server for French: none. French extraction loads no statistical
model (no NER, no parser), so a first French document posted has nothing to wait for."""

WARM_UP_TEXT: str | None = None
