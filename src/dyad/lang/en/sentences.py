"""English sentences: abbreviations whose stop ends no sentence, and the letters of the
alphabet as regex character-class ranges."""

SENTENCE_ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "jr", "sr", "gen", "col", "lt", "prof", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "maj", "brig", "gov", "sen", "rep", "amb", "adm", "capt", "sgt",
))
LETTERS_UPPER = "A-Z"
LETTERS_LOWER = "a-z"
