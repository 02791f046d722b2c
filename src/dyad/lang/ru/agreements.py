"""Russian words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("в том числе", "среди них", "включая")
AGREEMENT_ARTICLES: tuple[str, ...] = ()
AGREEMENT_LIST_ARTICLES: tuple[str, ...] = ()
AGREEMENT_AND_ARTICLES: tuple[str, ...] = ()
LIST_AND_WORDS = ("и",)
LIST_ALSO_WORDS = ("а также",)
AGREEMENT_PASSIVE_AUXILIARIES = (r"был\w*",)
AGREEMENT_DETERMINERS = ("эти",)
RELATIVE_PRONOUNS = ("который", "которое")
TITLE_PLACE_PREPOSITIONS = ("в", "во")
HISTORY_YEAR_PREPOSITIONS = ("в",)
TITLE_ADJECTIVE_ENDING: str | None = None
