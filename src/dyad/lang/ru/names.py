"""Russian: names. Transliteration to English, case forms back to the nominative, and the
first names, patronymics and surname endings of the Russian-speaking world in English
spelling. See dyad.lang.en.names for what each name means.

The morphology functions take the analyser as an argument (``morph.parse(word)`` gives
pymorphy-style parses with ``tag`` and ``normal_form``): the pack loads no model itself.
"""

from __future__ import annotations

import re
from typing import Any

import iuliia
from anyascii import anyascii

# Kazakh, Belarusian, Ukrainian letters iuliia's Russian schemes leave untouched.
_CYR_EXTRA = str.maketrans(
    {
        "ә": "а", "Ә": "А", "ғ": "г", "Ғ": "Г", "қ": "к", "Қ": "К", "ң": "н", "Ң": "Н",
        "ө": "о", "Ө": "О", "ұ": "у", "Ұ": "У", "ү": "у", "Ү": "У", "һ": "х", "Һ": "Х",
        "і": "и", "І": "И", "ї": "йи", "Ї": "Йи", "є": "е", "Є": "Е", "ґ": "г", "Ґ": "Г",
        "ў": "у", "Ў": "У",
    }
)  # fmt: skip


# Chinese names in Russian follow Palladius's system, syllable by syllable; English writes them
# in pinyin ("Чжао Лэцзи" is Zhao Leji, not "Chzhao Letszi"). The syllables are built from
# pinyin's initials and finals as Palladius writes them.
_PY_INITIALS = {
    "b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л", "g": "г",
    "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч", "sh": "ш", "r": "ж",
    "z": "цз", "c": "ц", "s": "с",
}
# finals after a consonant: the plain ones, and those that begin with i or ü (only after
# b p m d t n l j q x)
_PY_FINALS = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "u": "у", "ua": "уа", "uo": "о",
    "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь", "uang": "уан",
}
_PY_I_FINALS = {
    "i": "и", "ia": "я", "ie": "е", "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян",
    "ing": "ин", "iong": "юн", "ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь",
}
_PY_ALONE = {
    "a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
    "en": "энь", "ang": "ан", "eng": "эн", "er": "эр", "yi": "и", "ya": "я", "ye": "е", "yao": "яо",
    "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у",
    "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
    "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь",
}


def _palladius_syllables() -> dict[str, str]:
    """Palladius's spelling of every pinyin syllable -> the pinyin."""
    out: dict[str, str] = {}
    for py, cyr in _PY_ALONE.items():
        out.setdefault(cyr, py)
    for ini, c_ini in _PY_INITIALS.items():
        for fin, c_fin in _PY_FINALS.items():
            # j q x take only the finals with i or ü; "о" is "o" after the labials, "uo" elsewhere
            labial = ini in {"b", "p", "m", "f"}
            if ini not in {"j", "q", "x"} and fin != ("uo" if labial else "o"):
                out.setdefault(c_ini + c_fin, ini + fin)
        if ini in {"b", "p", "m", "d", "t", "n", "l", "j", "q", "x"}:
            for fin, c_fin in _PY_I_FINALS.items():
                if fin.startswith("ü") and ini not in {"n", "l", "j", "q", "x"}:
                    continue
                # after j q x pinyin writes ü as u ("xue", "juan"); after n l it keeps "ü" (lü: lu)
                py_fin = fin.replace("ü", "u")
                out.setdefault(c_ini + c_fin, ini + py_fin)
    # the apical vowel: "zhi", "chi", "shi", "ri" and "zi", "ci", "si"
    out.update({"чжи": "zhi", "чи": "chi", "ши": "shi", "жи": "ri", "цзы": "zi", "цы": "ci", "сы": "si"})
    out.update({"хуэй": "hui", "хуа": "hua"})
    return out


_PALLADIUS = _palladius_syllables()
_PALLADIUS_LONGEST = max(map(len, _PALLADIUS))
# Letter groups that Palladius writes and Russian, Kazakh or Western names hardly ever have: one
# of them in a name that splits wholly into syllables makes it Chinese.
_PALLADIUS_MARK = re.compile(r"цз|чж|[бпмфдтнлгкхцчшжсц]э|нь(?!$)|[аэиуя]нь$|ао$|оу|уэ|юэ|юй|ц[яюи]|[сц]ы")


def _syllables(word: str) -> list[str] | None:
    """A word split into the fewest Palladius syllables, or None when it does not split."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(i + 1, min(len(word), i + _PALLADIUS_LONGEST) + 1):
            piece = word[i:j]
            if piece in _PALLADIUS and (best[j] is None or len(best[j]) > len(best[i]) + 1):  # type: ignore[arg-type]
                best[j] = best[i] + [piece]  # type: ignore[operator]
    return best[len(word)]


def _chinese_to_pinyin(name: str) -> str | None:
    """A Chinese name in Palladius's Cyrillic in pinyin ("Шэнь Миньцзюань" -> "Shen Minjuan"),
    or None when the name is not written so: every word splits into syllables and one of them
    has a letter group only Palladius writes."""
    words = name.split()
    if not words or not any(_PALLADIUS_MARK.search(w.lower()) for w in words):
        return None
    out = []
    for w in words:
        parts = _syllables(w.lower())
        if not parts:
            return None
        py = "".join(_PALLADIUS[x] for x in parts)
        out.append(py[:1].upper() + py[1:])
    return " ".join(out)


def name_to_latin(name: str) -> str:
    """A name written in this pack's script in English spelling: a Chinese name in pinyin,
    any other by iuliia's Wikipedia scheme ("Наталья Кочанова" -> "Natalya Kochanova"),
    Kazakh/Belarusian letters mapped first."""
    pinyin = _chinese_to_pinyin(name)
    if pinyin is not None:
        return pinyin
    out = iuliia.WIKIPEDIA.translate(name.translate(_CYR_EXTRA))
    return anyascii(out) if not out.isascii() else out


# Latin names in another language's transcription: only German has rules for them.
name_transcription = None

# (oblique ending after a surname stem, nominative masculine, nominative feminine)
_SURNAME_CASES = [
    (r"(ов|ев|ёв|ин|ын)ым$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)ом$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)у$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)е$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)ой$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)у$", r"\1", r"\1а"),
    (r"(ск|цк)(?:ого|ому|им|ом)$", r"\1ий", r"\1ая"),
    (r"(ск|цк)(?:ой|ую)$", r"\1ий", r"\1ая"),
    (r"(ов|ев|ёв|ин|ын)а$", r"\1", r"\1а"),  # genitive of a man's name, nominative of a woman's
]
_SURNAME_CASES_RE = [(re.compile(p), p.endswith("а$"), masc, fem) for p, masc, fem in _SURNAME_CASES]
_INSTRUMENTAL_FIRST = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:ом|ым)$")
# The instrumental of a foreign surname that ends in a consonant ("Эрдоганом", "Ворачитом"):
# no nominative ends so in a stem of four letters or more, but "-стром" (Ström) and other
# "-ром" names do.
_INSTRUMENTAL_FOREIGN = re.compile(r"\w{3}[бвгдзклмнпстфхчшщ]ом$")
_GENITIVE_FIRST = re.compile(r"[бвгджзклмнпрстфхцчшщ]а$")
_GENITIVE_SURNAME = re.compile(r"(?:ов|ев|ин)а$")
_ADJECTIVE_SURNAME = re.compile(r"(?:ого|его|ому|ему|ым|им|ой|ую)$")


def name_nominative(name: str, morph: Any) -> str:
    """Russian names inflect ("с Бахтиёром Саидовым"): back to the nominative.

    The first name's gender (from morphology) decides the surname's ending, so that
    "Токаева" after "Касым-Жомарта" becomes "Токаев" while "Натальи Кочановой" gives
    "Кочанова". Endings we do not know are left as written. (natasha's own normal form
    drops ё, "Мирзиёев" -> "Мирзиеев"; these endings keep it.)
    """
    tokens = name.split()
    if not tokens:
        return name
    female = None
    out = list(tokens)
    if len(tokens) >= 2:
        # a given name in the plural ("Юн" read as the genitive plural of "Юна") or in the
        # vocative ("Сердаром" read as a form of "Сердарома") is never how a report names
        # a person
        parses = [p for p in morph.parse(tokens[0]) if "Name" in p.tag and "plur" not in p.tag
                  and "voct" not in p.tag]
        if parses:
            female = "femn" in parses[0].tag
            lemma = parses[0].normal_form
            out[0] = "-".join(x[:1].upper() + x[1:] for x in lemma.split("-"))
        elif _INSTRUMENTAL_FIRST.search(tokens[0]):
            out[0] = tokens[0][:-2]  # "Касым-Жомартом": an instrumental the dictionary does not know
            female = False
        elif _GENITIVE_FIRST.search(tokens[0]) and _GENITIVE_SURNAME.search(tokens[-1]):
            out[0] = tokens[0][:-1]  # "Касым-Жомарта Токаева": genitive of a man's name
            female = False
    last = tokens[-1]
    for pattern, ambiguous, masc, fem in _SURNAME_CASES_RE:
        if pattern.search(last):
            if female is None and ambiguous:
                break  # "Кочанова" alone: a woman's nominative as likely as a man's genitive
            out[-1] = pattern.sub(fem if female else masc, last)
            break
    if out[-1] == last and female is not True and _INSTRUMENTAL_FOREIGN.search(last):
        out[-1] = last[:-2]  # "с Лю Цзиньсуном", "президентом Эрдоганом": a man's surname after "с"
    if out[-1] == last and len(tokens) >= 2 and female is not None and _ADJECTIVE_SURNAME.search(last):
        # adjective-shaped surnames ("Михаилу Белому", "Горького"): the dictionary's nominative
        parses = morph.parse(last)
        if parses and "nomn" not in str(parses[0].tag) and (
                "Surn" in str(parses[0].tag) or str(parses[0].tag).startswith("ADJF")):
            nominative = parses[0].normal_form
            if female and nominative.endswith(("ый", "ий", "ой")):
                nominative = nominative[:-2] + "ая"
            out[-1] = nominative[:1].upper() + nominative[1:]
    return " ".join(out)


def name_common_word(word: str, morph: Any) -> bool:
    """A capitalised word whose likeliest reading is no name ("Республики", "Совета")."""
    parses = morph.parse(word)
    if not parses:
        return False
    tags = {str(g) for p in parses[:2] for g in ("Name", "Surn", "Patr") if g in p.tag}
    return not tags and "NOUN" in parses[0].tag


def name_never_word(word: str, morph: Any) -> bool:
    """An ordinal number ("Четвертого", "Второй"): it opens a department's or a body's name,
    never a person's."""
    parses = morph.parse(word)
    return bool(parses) and "Anum" in parses[0].tag


# Oblique-case endings of surnames/first names -> nominative candidates, so that "Токаевым",
# "Кочановой", "Лукашенко" all find their person in the registry without a morphology library.
NAME_CASE_ENDINGS = (
    ("ыми", ""),
    ("ому", ""),
    ("ого", ""),
    ("ым", ""),
    ("им", "ий"),
    ("ом", ""),
    ("ем", "й"),
    ("ой", "а"),
    ("ую", "а"),
    ("ей", "ь"),
    ("у", ""),
    ("а", ""),
    ("е", ""),
    ("ю", "й"),
    ("я", "й"),
)

# Common first names (English spelling): a bare one of these never identifies a person.
FIRST_NAMES = """
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
""".split()
# Folded spellings of the same first name (after dyad.names' letter merges).
FIRST_NAME_VARIANTS = {
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
# Endings of a patronymic in English spelling (Grigoryevich, Kassymovna, Nursultanuly).
PATRONYMIC_ENDINGS = ("vich", "vna", "ichna", "ich", "uli", "kizi")
# Surname endings (English spelling) that mark gender: (regex, "f" | "m"), first match wins.
SURNAME_GENDER = (
    (r"(?:ova|eva|yova|ina|aya|skaya|ska)$", "f"),
    (r"(?:ov|ev|yov|in|sky|skiy|ski|enko|uk|ich|bayev|yev)$", "m"),
)
