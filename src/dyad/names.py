"""Person names across English, German and Russian spellings.

``to_english`` gives the spelling an English wire text would use: Cyrillic through
iuliia's Wikipedia scheme ("Наталья Кочанова" -> "Natalya Kochanova"), German
transcriptions of Russian/Kazakh names through a few ordered rewrite rules
("Natalja Kotschanowa" -> "Natalya Kochanova"). ``name_key`` folds all of these so that
spelling variants of one person collide and ``same_name`` decides whether two written
names can be the same person, never by fuzzy similarity: Koshanov is not Kochanova.
"""

from __future__ import annotations

import re
from functools import lru_cache

import iuliia
from anyascii import anyascii

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
# Kazakh, Belarusian, Ukrainian letters iuliia's Russian schemes leave untouched.
_CYR_EXTRA = str.maketrans(
    {
        "ә": "а", "Ә": "А", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К", "ң": "н", "Ң": "Н",
        "ө": "о", "Ө": "О", "ұ": "у", "Ұ": "У", "ү": "у", "Ү": "У", "һ": "х", "Һ": "Х",
        "і": "и", "І": "И", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г",
        "ў": "у", "Ў": "У",
    }
)  # fmt: skip

# German spellings of common Russian/Kazakh first names: one of these in a name is
# evidence that the whole name is a German transcription.
_DE_SLAVIC_FIRST = frozenset(
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
_DE_SLAVIC_END = (
    "ow", "owa", "ew", "ewa", "jew", "jewa", "itsch", "owitsch", "ewitsch", "owna", "ewna",
    "enko", "skij", "zkij", "skaja", "zkaja", "ij",
    # Caucasus and Central Asia in German transcription: Kaladse, Stepanjan, Garibaschwili
    "dse", "jan", "schwili", "ischwili", "sche", "jew", "ajew", "ojew",
)  # fmt: skip


def _is_cyrillic(s: str) -> bool:
    return bool(_CYRILLIC.search(s))


def _looks_german_slavic(tokens: list[str]) -> bool:
    for tok in tokens:
        t = tok.lower()
        if t in _NOT_SLAVIC:
            continue
        if t in _DE_SLAVIC_FIRST or "tsch" in t:
            return True
        if len(t) >= 5 and t.endswith(_DE_SLAVIC_END):
            return True
    return False


def _de_token(tok: str) -> str:
    """One word of a German transcription to English: Kotschanowa -> Kochanova."""
    w = tok.lower()
    # placeholders keep the output of one rule away from the next ones
    w = w.replace("schtsch", "\x01").replace("dsch", "\x05").replace("tsch", "\x02").replace("sch", "\x03")
    w = w.replace("ch", "\x04")  # German ch is Russian х (Michail -> Mikhail)
    w = w.replace("z", "ts")  # ц
    w = re.sub(r"ds(?=[aeiouy])", "dz", w)  # Kaladse -> Kaladze
    w = re.sub(r"(?<=[aeiouy])s(?=[aeiouy])", "z", w)  # single s between vowels is з
    w = w.replace("ss", "s")  # Kassym -> Kasym, Anastassija -> Anastasiya
    w = re.sub(r"ij$", "y", w)  # Dmitrij -> Dmitry
    w = re.sub(r"(^|(?<=[aeiouy]))je", r"\1ye", w)  # Jelena, Tokajew
    w = w.replace("je", "e")  # after a consonant: Medwedjew -> Medvedev
    w = w.replace("ja", "ya").replace("ju", "yu").replace("jo", "yo")
    w = re.sub(r"(?<=[aeiou])j(?![aeiouy])", "i", w)  # Sergej -> Sergei, Alejnik -> Aleinik
    w = w.replace("j", "y")
    w = w.replace("w", "v")  # Lawrow -> Lavrov
    w = re.sub(r"ski$", "sky", w)
    w = w.replace("ä", "a").replace("ö", "o").replace("ü", "u")
    w = w.replace("\x01", "shch").replace("\x02", "ch").replace("\x03", "sh").replace("\x04", "kh").replace("\x05", "j")
    if tok[:1].isupper():
        w = w[:1].upper() + w[1:]
    return w


def _de_name(name: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: _de_token(m.group()), name)


@lru_cache(maxsize=8192)
def to_english(name: str, lang: str | None = None) -> str:
    """English spelling of a person's name.

    Cyrillic -> iuliia Wikipedia scheme (Kazakh/Belarusian letters mapped first); a Latin
    name that looks like a German transcription of a Russian/Kazakh name (lang "de" or
    None) -> English rules; anything else is returned unchanged (whitespace collapsed).
    Word order is kept ("Лукашенко Александр" -> "Lukashenko Aleksandr")."""
    name = " ".join(name.split())
    if not name:
        return name
    if _is_cyrillic(name):
        out = iuliia.WIKIPEDIA.translate(name.translate(_CYR_EXTRA))
        return anyascii(out) if not out.isascii() else out
    if lang in (None, "de"):
        tokens = re.findall(r"[^\W\d_]+", name)
        if _looks_german_slavic(tokens):
            return _de_name(name)
    return name


# Folded spellings of the same first name (after the letter merges of _fold).
_FIRST_EQUIV = {
    "aleksander": "aleksandr",
    "aleksandar": "aleksandr",
    "aliaksandr": "aleksandr",
    "alaksandr": "aleksandr",
    "eugene": "evgeni",
    "petr": "piotr",
    "fedor": "fiodor",
    "mikhail": "mihail",
    "uladzimir": "vladimir",
    "siarhei": "sergei",
    "sergii": "sergei",
    "serhii": "sergei",
    "serhi": "sergei",
}

# Common first names (folded): a bare one of these never identifies a person.
_FIRST_RAW = """
aleksandr alexander aleksei alexei alexey andrei andrey anatoly anton arkady artem artyom boris
dmitry denis eduard evgeny yevgeny fyodor gennady georgy german gleb grigory igor ilya ivan
kirill konstantin leonid maxim maksim mikhail nikita nikolai oleg pavel pyotr petr roman ruslan
sergei sergey stanislav stepan timur vadim valentin valery vasily viktor vitaly vladimir
vladislav vyacheslav yaroslav yury yuri anna alla alina anastasia daria darya ekaterina
yekaterina elena yelena galina irina kristina ksenia larisa lyudmila margarita maria marina
nadezhda natalya natalia nina olga polina svetlana tatyana tatiana valentina valeria vera
victoria viktoria yulia zoya
nursultan kassym kasym jomart zhomart askar asset bakhyt bauyrzhan beibut daniyar dauren
erlan yerlan yergali yermek yerzhan kairat karim marat mukhtar murat nurlan olzhas rustam
serik talgat timur ulan zhanibek aigul aizhan dariga gulnara saule
almazbek sadyr akylbek adylbek kubanychbek emomali rahmon shavkat abdulla bakhtiyor
ilham mehriban ramiz jeyhun nikol ararat zohrab ruben gurbanguly serdar rashid
maia igor natalia dorin ion maia
john james robert michael william david richard joseph thomas charles mary patricia
jennifer linda elizabeth barbara susan jessica sarah karen donald joe hillary antony
marco emmanuel olaf angela frank walter annalena johann friedrich heiko sigmar guido
xi li wang narendra recep tayyip hakan ali hassan mahmoud ebrahim abbas
"""


def _fold_token(t: str) -> str:
    t = t.replace("x", "ks")
    t = t.replace("shch", "sh").replace("sch", "sh").replace("zh", "sh")
    t = t.replace("kh", "h").replace("ph", "f").replace("w", "v").replace("q", "k")
    t = re.sub(r"c(?!h)", "k", t)
    t = t.replace("z", "s")  # German s for з: Nasarbajew, Mirsijojew
    t = re.sub(r"^j(?=[aeiouy])", "sh", t)  # Jomart = Zhomart (English J for Kazakh Ж)
    t = t.replace("j", "i").replace("y", "i")
    t = re.sub(r"^ie", "e", t)  # Yerlan = Erlan, Yelena = Elena
    t = re.sub(r"(.)\1+", r"\1", t)  # Kassym = Kasym, Gennady = Genady, -iy = -i
    t = re.sub(r"(?<=[aeiou])i(?=[aeiou])", "", t)  # Tokayev = Tokaev
    return _FIRST_EQUIV.get(t, t)


_FIRST_NAMES = frozenset(_fold_token(n) for n in _FIRST_RAW.split())
_PATRONYMIC = re.compile(r"(vich|vna|ichna|ich|uli|kizi)$")


@lru_cache(maxsize=8192)
def _key_tokens(name: str) -> tuple[str, ...]:
    s = anyascii(to_english(name)).lower()
    s = s.replace("'", "").replace("’", "")
    toks = [_fold_token(t) for t in re.findall(r"[a-z]+", s)]
    toks = [t for t in toks if t]
    if len(toks) >= 3:
        # drop a patronymic: last in Russian order (Lukashenko Aleksandr Grigoryevich),
        # second in Western order (Mikhail Vladimirovich Myasnikovich); a 2-word name
        # keeps everything, since Belarusian surnames end in -vich too
        if _PATRONYMIC.search(toks[-1]) and toks[0] not in _FIRST_NAMES:
            toks = toks[:-1]
        elif any(_PATRONYMIC.search(t) for t in toks[1:-1]):
            mid = next(i for i in range(1, len(toks) - 1) if _PATRONYMIC.search(toks[i]))
            toks = toks[:mid] + toks[mid + 1 :]
    return tuple(toks)


def name_key(name: str) -> str:
    """Folded, order-free key: lowercase ASCII, transliterated, variant letters merged
    (x/ks, kh/h, zh/sh, z/s, y/i/j, doubled letters, Aleksandr/Alexander), patronymic dropped,
    words sorted. "Лукашенко Александр Григорьевич" and "Alexander Lukashenko" give
    "aleksandr lukashenko"."""
    return " ".join(sorted(_key_tokens(name)))


def is_first_name(token: str) -> bool:
    """True for a common first name (in any supported spelling)."""
    toks = _key_tokens(token)
    return len(toks) == 1 and toks[0] in _FIRST_NAMES


def same_name(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` can be spellings of one person's name.

    Equal folded word sets match; a bare surname matches a full name containing it (a
    bare first name does not); initials match the first letter of a word ("A. Lukashenko");
    a full name matches a longer one containing all its words ("Jomart Tokayev" /
    "Kassym-Jomart Tokayev"). Nothing fuzzy: one letter of difference is another person."""
    ta, tb = _key_tokens(a), _key_tokens(b)
    if not ta or not tb:
        return False

    # let ``ta`` be the less complete name: fewer full words, or as many but with initials
    def _rank(t: tuple[str, ...]) -> tuple[int, int]:
        return (sum(len(x) > 1 for x in t), -sum(len(x) == 1 for x in t))

    if _rank(ta) > _rank(tb):
        ta, tb = tb, ta
    full_a = [t for t in ta if len(t) > 1]
    init_a = [t for t in ta if len(t) == 1]
    set_b = set(tb)
    if not full_a or not set(full_a) <= set_b:
        return False
    rest = [t for t in tb if t not in full_a]
    if any(not any(r.startswith(i) for r in rest) for i in init_a):
        return False
    if len(full_a) == 1 and not init_a:
        # a bare word: a surname matches, a first name alone does not (unless both bare)
        return len(tb) == 1 or full_a[0] not in _FIRST_NAMES
    return True
