"""German: names. German transcriptions of Russian/Kazakh names back to English spelling
("Natalja Kotschanowa" -> "Natalya Kochanova") through a few ordered rewrite rules. See
dyad.lang.en.names for what each name means."""

from __future__ import annotations

import re

# Names in a script of their own: German is written in the shared Latin script.
name_to_latin = None

# German spellings of common Russian/Kazakh first names: one of these in a name is
# evidence that the whole name is a German transcription.
_SLAVIC_FIRST = frozenset(
    """sergej natalja wladimir juri jurij jewgeni jewgenij dmitri dmitrij michail andrej
    alexej alexei jelena tatjana swetlana wiktor wassili wassilij witali witalij pjotr fjodor
    waleri walerij walentina wjatscheslaw anatoli anatolij gennadi gennadij jerlan jergali
    bachyt ljudmila ljubow marija anastassija xenija jekaterina nikolaj ilja arkadi arkadij
    grigori grigorij jakow jefim semjon wadim wsewolod jaroslaw stanislaw jewgenija julija
    darja sofja wiktorija walentin jerschan jermek jerbol dschomart schomart kairat""".split()
)
# English and Polish names with German-looking endings (-ew, -ow) that are not German
# transcriptions.
_NOT_SLAVIC = frozenset(
    """andrew matthew drew bartholomew crow snow bow low glasgow morrow woodrow farrow
    barlow marlow harlow winslow ludlow bristow fellow longfellow bigelow zbigniew
    mathew carew askew""".split()
)
_SLAVIC_END = (
    "ow", "owa", "ew", "ewa", "jew", "jewa", "itsch", "owitsch", "ewitsch", "owna", "ewna",
    "enko", "skij", "zkij", "skaja", "zkaja", "ij",
    # Caucasus and Central Asia in German transcription: Kaladse, Stepanjan, Garibaschwili
    "dse", "jan", "schwili", "ischwili", "sche", "jew", "ajew", "ojew",
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _looks_slavic(tokens: list[str]) -> bool:
    for tok in tokens:
        t = tok.lower()
        if t in _NOT_SLAVIC:
            continue
        if t in _SLAVIC_FIRST or "tsch" in t:
            return True
        if len(t) >= 5 and t.endswith(_SLAVIC_END):
            return True
    return False


_DZ = re.compile(r"ds(?=[aeiouy])")
_Z_BETWEEN_VOWELS = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")
_IJ_END = re.compile(r"ij$")
_JE_START = re.compile(r"(^|(?<=[aeiouy]))je")
_J_AFTER_VOWEL = re.compile(r"(?<=[aeiou])j(?![aeiouy])")
_SKI_END = re.compile(r"ski$")


def _token(tok: str) -> str:
    """One word of a German transcription to English: Kotschanowa -> Kochanova."""
    w = tok.lower()
    # placeholders keep the output of one rule away from the next ones
    w = w.replace("schtsch", "\x01").replace("dsch", "\x05").replace("tsch", "\x02").replace("sch", "\x03")
    w = w.replace("ch", "\x04")  # German ch is Russian kh (Michail -> Mikhail)
    w = w.replace("z", "ts")  # ts
    w = _DZ.sub("dz", w)  # Kaladse -> Kaladze
    w = _Z_BETWEEN_VOWELS.sub("z", w)  # single s between vowels is z
    w = w.replace("ss", "s")  # Kassym -> Kasym, Anastassija -> Anastasiya
    w = _IJ_END.sub("y", w)  # Dmitrij -> Dmitry
    w = _JE_START.sub(r"\1ye", w)  # Jelena, Tokajew
    w = w.replace("je", "e")  # after a consonant: Medwedjew -> Medvedev
    w = w.replace("ja", "ya").replace("ju", "yu").replace("jo", "yo")
    w = _J_AFTER_VOWEL.sub("i", w)  # Sergej -> Sergei, Alejnik -> Aleinik
    w = w.replace("j", "y")
    w = w.replace("w", "v")  # Lawrow -> Lavrov
    w = _SKI_END.sub("sky", w)
    w = w.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    w = w.replace("\x01", "shch").replace("\x02", "ch").replace("\x03", "sh").replace("\x04", "kh").replace("\x05", "j")
    if tok[:1].isupper():
        w = w[:1].upper() + w[1:]
    return w


def name_transcription(name: str) -> str | None:
    """A Latin name that looks like a German transcription of a Russian/Kazakh name, in
    English spelling; None for any other name."""
    if not _looks_slavic(_WORD.findall(name)):
        return None
    return _WORD.sub(lambda m: _token(m.group()), name)


name_nominative = None
name_common_word = None
name_never_word = None
NAME_CASE_ENDINGS: tuple[tuple[str, str], ...] = ()

FIRST_NAMES = """olaf angela frank walter annalena johann friedrich heiko sigmar guido""".split()
FIRST_NAME_VARIANTS: dict[str, str] = {}
PATRONYMIC_ENDINGS: tuple[str, ...] = ()
SURNAME_GENDER: tuple[tuple[str, str], ...] = ()
