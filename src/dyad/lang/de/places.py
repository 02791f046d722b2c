"""German place names; see en.places for each name. The closed lists of endings are the
brief's s/es/n/en/e/er/em, split by part of speech."""

import re

PLACE_PARTICLES = ("und", "von", "der", "die", "des")
PLACE_FOLD: tuple[tuple[str, str], ...] = ()
PLACE_BLOCKERS = ("New Mexico", "New Jersey", "Indischer Ozean", "Koreanische Halbinsel")
PLACE_NOT_ALONE = frozenset({"sofia", "jersey", "este", "ire"})
PLACE_ADJECTIVE_CASE_FREE = True  # "kasachisch", and "Kasachische ..." opening a sentence
PLACE_DEMONYMS_LOWERCASE = False

_NOUN_ENDINGS = ("", "s", "es", "n", "en")  # "Kasachstans"
_ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")  # "kasachischen"
_INNER_ADJECTIVE = ("e", "es", "er", "en")
_INNER_ADJECTIVE_RE = re.compile(r"(e|es|er|en)$")


def place_forms(word: str, kind: str, last: bool) -> set[str]:
    if not last and len(word) > 4 and word.endswith(_INNER_ADJECTIVE):
        # adjective inside a name: "Vereinigte(n) Staaten", "Russische(n) Föderation"
        stem = _INNER_ADJECTIVE_RE.sub("", word)
        return {word} | {stem + t for t in _ADJECTIVE_ENDINGS}
    if kind == "adjective":
        return {word + t for t in _ADJECTIVE_ENDINGS}
    return {word + t for t in _NOUN_ENDINGS}
