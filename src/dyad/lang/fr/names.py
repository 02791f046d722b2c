"""French: names. French transcriptions of Russian and Central Asian names back to English
spelling ("Mourat Nourtleou" -> "Murat Nurtleu", "Sergueï Lavrov" -> "Sergei Lavrov",
"Vladimir Poutine" -> "Vladimir Putin") through a few ordered rewrite rules. See
dyad.lang.en.names for what each name means."""

from __future__ import annotations

import re

# Names in a script of their own: French is written in the shared Latin script.
name_to_latin = None

# Letters only a French transcription writes: "ou" for u, "ï", "tch" (German writes "tsch"),
# "gue"/"gui" for a hard g, "dj" for j. French "ch" for sh is no mark: English writes "ch" too
# ("Elchin"), and a name of unknown language is tried with every pack's rules.
_FRENCH_MARK = re.compile(r"ou|ï|(?<!s)tch|gu(?=[eiéï])|dj")
# French spellings of Russian and Central Asian first names that no English or German text
# writes: one of these is evidence enough.
_FRENCH_FIRST = frozenset(
    """sergueï serguei iouri iouli mikhaïl nikolaï alexeï andreï guennadi evgueni viatcheslav
    iaroslav iakov semion mourat nourlan nourbek djomart ioulia lioudmila lioubov nadejda timour
    roustam rouslan chavkat oulougbek""".split()
)
# Endings of Russian and Central Asian surnames as French writes them.
_SLAVIC_END = (
    "ov", "ova", "ev", "eva", "iev", "ïev", "ieva", "ïeva", "ine", "ina", "ski", "skaïa",
    "enko", "ouk", "itch", "ovitch", "evitch", "ovna", "evna", "ouly", "kyzy", "bekov",
    "dze", "chvili", "ian", "iane",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _looks_transcribed(tokens: list[str]) -> bool:
    low = [t.lower() for t in tokens]
    if any(t in _FRENCH_FIRST for t in low):
        return True
    # the surname's ending: "Martine Louvet" is French, "Vladimir Poutine" is not
    return bool(low) and any(_FRENCH_MARK.search(t) for t in low) and len(low[-1]) >= 5 \
        and low[-1].endswith(_SLAVIC_END)


_RULES = (
    (re.compile(r"(?<!s)tch"), "\x02"),  # Tchernychev -> Chernyshev
    (re.compile(r"(?<![st])ch"), "\x03"),  # Mechkov -> Meshkov
    (re.compile(r"dj"), "\x05"),  # Djomart -> Jomart
    (re.compile(r"gu(?=[eiéï])"), "g"),  # Sergueï -> Sergei, Guennadi -> Gennadi
    (re.compile(r"^iou"), "yu"),  # Iouri -> Yuri
    (re.compile(r"iou"), "yu"),  # Lioudmila -> Lyudmila
    (re.compile(r"ou"), "u"),  # Mourat -> Murat, Poutine -> Putine
    (re.compile(r"^ia"), "ya"),  # Iaroslav -> Yaroslav
    (re.compile(r"^io"), "yo"),
    (re.compile(r"(?<=[aeiou])ï(?=[aeiou])"), "y"),  # Tokaïev -> Tokayev
    (re.compile(r"ï"), "i"),  # Sergueï -> Sergei, Mikhaïl -> Mikhail
    (re.compile(r"(?<=[aeiouy])ss(?=[aeiouy])"), "s"),  # Vassili -> Vasili
    (re.compile(r"j"), "zh"),  # Jirinovski -> Zhirinovski
    (re.compile(r"ine$"), "in"),  # Poutine -> Putin, Lénine -> Lenin
    (re.compile(r"ski$"), "sky"),  # Jirinovski -> Zhirinovsky
    (re.compile(r"itch$"), "ich"),  # Lukachenko's patronymic Grigorievitch
    (re.compile(r"[éèêë]"), "e"),
)


def _token(tok: str) -> str:
    """One word of a French transcription to English: Nourtleou -> Nurtleu."""
    w = tok.lower()
    for pattern, repl in _RULES:
        w = pattern.sub(repl, w)
    w = w.replace("\x02", "ch").replace("\x03", "sh").replace("\x05", "j")
    if tok[:1].isupper():
        w = w[:1].upper() + w[1:]
    return w


def name_transcription(name: str) -> str | None:
    """A Latin name that looks like a French transcription of a Russian/Central Asian name, in
    English spelling; None for any other name."""
    if not _looks_transcribed(_WORD.findall(name)):
        return None
    return _WORD.sub(lambda m: _token(m.group()), name)


name_nominative = None
name_common_word = None
name_never_word = None
NAME_CASE_ENDINGS: tuple[tuple[str, str], ...] = ()

FIRST_NAMES = """jean noël pierre françois michel catherine stéphane gabriel édouard élisabeth""".split()
FIRST_NAME_VARIANTS: dict[str, str] = {}
PATRONYMIC_ENDINGS: tuple[str, ...] = ()
SURNAME_GENDER: tuple[tuple[str, str], ...] = ()
