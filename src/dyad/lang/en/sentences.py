"""English sentences: abbreviations whose stop ends no sentence, and the letters of the
alphabet as regex character-class ranges."""

SENTENCE_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "gen", "col", "lt", "prof", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "maj", "brig", "gov", "sen", "rep", "amb", "adm", "capt", "sgt",
    # forms of address of diplomatic prose ("H.E. Mr. X", "Hon. Y", "the Rt. Hon. Z") stand
    # before a name and end no sentence
    "h.e", "hon", "rt",
))
# Nouns that a number with a stop before them makes an ordinal ("4. Mai", "im 1. Quartal"), so the
# stop ends no sentence; none in English, which writes "4th".
SENTENCE_ORDINAL_NOUNS: frozenset[str] = frozenset()
LETTERS_UPPER = "A-Z"
LETTERS_LOWER = "a-z"
