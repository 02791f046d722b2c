"""The German pack. Data by topic in the modules beside this one; dyad.lang.pack joins them."""

CODE = "de"
LINGUA_NAME = "GERMAN"
SCRIPT: tuple[str, str] | None = None  # Latin, shared with other packs: the detector decides
