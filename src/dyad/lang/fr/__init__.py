"""The French pack. Data by topic in the modules beside this one; dyad.lang.pack joins them.

French has no offline NER model here (like German): names are found by titles, capitalised
name shapes, speech verbs and the actor registry."""

CODE = "fr"
LINGUA_NAME = "FRENCH"
SCRIPT: tuple[str, str] | None = None  # Latin, shared with other packs: the detector decides
