"""Russian words of the event finder; see en/events.py for what each name means."""

PLACE_PREPOSITIONS = ("в", "во")
VISIT_NOUNS = ("визит",)
VISIT_DESTINATION_PREPOSITIONS = ("в", "во")
VISIT_HOST_ARTICLES: tuple[str, ...] = ()
VISIT_STAY_PREPOSITIONS = (r"\bв", r"\bво")
VISIT_STAY_LINKS = ("с",)
VISIT_STAY_ARTICLES: tuple[str, ...] = ()
