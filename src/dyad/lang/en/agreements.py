"""English words of the agreement finder that the tables of extract.py do not hold. Items are
regex fragments; the finder joins them into alternations."""

# Words after the signing verb that open a list of the documents ("signed, among them, a ...").
AGREEMENT_INLINE_LIST_WORDS = ("among them", "including", "among which")
# Articles before a document's title: after the signing verb or in one breath with another
# document ("a Joint Statement ..., as well as a Joint Statement ...").
AGREEMENT_ARTICLES = (r"an?", "the")
# Articles before the next document of a list after a comma (", a roadmap on ...").
AGREEMENT_LIST_ARTICLES = (r"an?", "the")
# Articles before the next document of a list after "and" (" and an agreement on ...").
AGREEMENT_AND_ARTICLES = (r"an?", "the")
# "and" and "as well as" between two documents of a list.
LIST_AND_WORDS = ("and",)
LIST_ALSO_WORDS = ("as well as",)
# Auxiliaries after a title that refer back to a document ("the agreement was ...").
AGREEMENT_PASSIVE_AUXILIARIES = ("was", "were")
# Determiners of a title that names no document ("the agreements", "these agreements").
AGREEMENT_DETERMINERS = ("the", "these")
# Relative pronouns after a comma: the title ends before them (", which ...").
RELATIVE_PRONOUNS = ("which", "that")
# Prepositions before a city or country that end a title ("... declaration in Kyiv").
TITLE_PLACE_PREPOSITIONS = ("in", "at")
# Prepositions before a year that make a signing history ("was signed in 1995").
HISTORY_YEAR_PREPOSITIONS = ("in",)
# The ending of a capitalised adjective that may open a title ("Gemeinsame" in German); None
# where titles do not open so.
TITLE_ADJECTIVE_ENDING: str | None = None
