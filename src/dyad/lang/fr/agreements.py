"""French words of the agreement finder; see en/agreements.py for what each name means."""

AGREEMENT_INLINE_LIST_WORDS = ("dont", "notamment", "parmi lesquels", "parmi lesquelles")
# (an elided "l'" is no word of its own: AGREEMENT_VERB_GAP takes it)
AGREEMENT_ARTICLES = ("un", "une", "le", "la", "les")
AGREEMENT_LIST_ARTICLES = ("un", "une", "le", "la")
AGREEMENT_AND_ARTICLES = ("un", "une", "le", "la")
LIST_AND_WORDS = ("et",)
# "ainsi qu'un protocole": the elided "que" is one word with the article
LIST_ALSO_WORDS = ("ainsi que", r"ainsi qu['’]une?")
AGREEMENT_PASSIVE_AUXILIARIES = ("a été", "ont été")
AGREEMENT_DETERMINERS = ("les", "ces")
RELATIVE_PRONOUNS = ("qui", "que", "dont")
TITLE_PLACE_PREPOSITIONS = ("à",)
HISTORY_YEAR_PREPOSITIONS = ("en",)
TITLE_ADJECTIVE_ENDING: str | None = None
