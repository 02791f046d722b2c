"""The English pack. Data by topic in the modules beside this one; dyad.lang.pack joins them."""

CODE = "en"
LINGUA_NAME = "ENGLISH"
SCRIPT: tuple[str, str] | None = None  # Latin, shared with other packs: the detector decides
