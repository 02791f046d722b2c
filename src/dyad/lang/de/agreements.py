"""German words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("darunter",)
AGREEMENT_ARTICLES = (r"ein\w*", "die", "das", "den")
AGREEMENT_LIST_ARTICLES = (r"ein\w*",)
AGREEMENT_AND_ARTICLES: tuple[str, ...] = ()
LIST_AND_WORDS = ("und",)
LIST_ALSO_WORDS = ("sowie",)
AGREEMENT_PASSIVE_AUXILIARIES = ("wurde", "wurden")
AGREEMENT_DETERMINERS = ("die", "diese")
RELATIVE_PRONOUNS = ("der", "die", "das")
TITLE_PLACE_PREPOSITIONS = ("in", "im", "in der", "in den")
HISTORY_YEAR_PREPOSITIONS = ("in", "im")
# "Gemeinsame Absichtserklärung": a capitalised adjective before the head word.
TITLE_ADJECTIVE_ENDING: str | None = r"e[rns]?"
