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


_PARTICLES_LATIN = {"фон": "von", "дер": "der", "ван": "van", "де": "de", "да": "da", "дель": "del", "ди": "di",
                    "дос": "dos", "бин": "bin", "ибн": "ibn", "эль": "el", "ле": "le", "ла": "la"}


def name_to_latin(name: str) -> str:
    """A name written in this pack's script in English spelling: a Chinese name in pinyin
    ("Чжао Лэцзи" -> "Zhao Leji"), else iuliia's Wikipedia scheme ("Наталья Кочанова" ->
    "Natalya Kochanova"), Kazakh/Belarusian letters mapped first."""
    chinese = _chinese_name(name)
    if chinese:
        return chinese
    # a foreign name's particles in their own spelling ("фон дер" -> "von der", "бин" -> "bin")
    name = " ".join(_PARTICLES_LATIN.get(w, w) for w in name.split(" "))
    out = iuliia.WIKIPEDIA.translate(name.translate(_CYR_EXTRA))
    return anyascii(out) if not out.isascii() else out



# The Palladius system (Russian spelling of Chinese) syllable by syllable, to pinyin without tones.
_PALLADIUS_INITIALS = {  # Russian -> (pinyin before a plain vowel, before an i/ü vowel)
    "б": ("b", "b"), "п": ("p", "p"), "м": ("m", "m"), "ф": ("f", "f"), "д": ("d", "d"), "т": ("t", "t"),
    "н": ("n", "n"), "л": ("l", "l"), "г": ("g", "g"), "к": ("k", "k"), "х": ("h", "h"),
    "цз": ("z", "j"), "ц": ("c", "q"), "с": ("s", "x"), "чж": ("zh", "zh"), "ч": ("ch", "ch"),
    "ш": ("sh", "sh"), "ж": ("r", "r"),
}
# Finals after an initial: Russian -> (pinyin, whether it is an i/ü final)
_PALLADIUS_FINALS = {
    "а": ("a", False), "о": ("uo", False), "э": ("e", False), "ай": ("ai", False), "эй": ("ei", False),
    "ао": ("ao", False), "оу": ("ou", False), "ань": ("an", False), "энь": ("en", False), "ан": ("ang", False),
    "эн": ("eng", False), "ун": ("ong", False), "эр": ("er", False), "ы": ("i", False),
    "и": ("i", True), "я": ("ia", True), "е": ("ie", True), "яо": ("iao", True), "ю": ("iu", True),
    "янь": ("ian", True), "инь": ("in", True), "ян": ("iang", True), "ин": ("ing", True), "юн": ("iong", True),
    "у": ("u", False), "уа": ("ua", False), "уай": ("uai", False), "уй": ("ui", False), "уань": ("uan", False),
    "унь": ("un", False), "уан": ("uang", False),
    "юй": ("u", True), "юэ": ("ue", True), "юань": ("uan", True), "юнь": ("un", True),
}
# Syllables with no initial.
_PALLADIUS_ALONE = {
    "а": "a", "ай": "ai", "ань": "an", "ан": "ang", "ао": "ao", "э": "e", "энь": "en", "эр": "er", "оу": "ou",
    "и": "yi", "я": "ya", "е": "ye", "яо": "yao", "ю": "you", "янь": "yan", "инь": "yin", "ян": "yang",
    "ин": "ying", "юн": "yong", "у": "wu", "ва": "wa", "во": "wo", "вай": "wai", "вэй": "wei", "вань": "wan",
    "вэнь": "wen", "ван": "wang", "вэн": "weng", "юй": "yu", "юэ": "yue", "юань": "yuan", "юнь": "yun",
}


def _palladius_syllables() -> dict[str, str]:
    table = dict(_PALLADIUS_ALONE)
    for ru_i, (plain, before_i) in _PALLADIUS_INITIALS.items():
        for ru_f, (final, is_i) in _PALLADIUS_FINALS.items():
            if is_i and ru_i in ("чж", "ч", "ш", "ж") or ru_f == "ы" and ru_i not in ("цз", "ц", "с"):
                continue  # no "zhia"; "ы" only after z, c, s
            if ru_f == "о" and ru_i in ("б", "п", "м", "ф"):
                final = "o"  # "бо" is bo, "до" is duo
            if ru_f == "эр":
                continue
            table[ru_i + ru_f] = (before_i if is_i else plain) + final
        if ru_i in ("чж", "ч", "ш", "ж"):
            table[ru_i + "и"] = plain + "i"  # "чжи" is zhi
    return table


_PALLADIUS = _palladius_syllables()

# Common Chinese surnames in the Palladius spelling: a name of up to three words opening with
# one, whose other words are Palladius syllables throughout, is a Chinese name.
_CHINESE_SURNAMES = frozenset("""
ли ван чжан лю чэнь ян хуан чжао у чжоу сюй сунь ма чжу ху го хэ гао линь ло чжэн лян се сун тан хань
фэн дэн цао пэн цзэн сяо тянь дун пань юань цай цзян юй ду е чэн вэй су люй дин жэнь шэнь яо лу цзинь цуй
ци си фу бай мэн сюэ инь дуань лэй хоу лун ши тао гу мао хао гун шао вань цинь цянь янь кун цзя фань сян
чай цю фан вэнь цинь ся цзя шао цзи чу мо цяо вэнь ань чан кан
""".split())
_CHINESE_MAX_SYLLABLES = 3  # a given name has one or two syllables, written as one word
# Case endings Russian adds to a Chinese given name ending in a consonant ("с Си Цзиньпином",
# "Сюэ Цзяня"): (ending, what the nominative ends in instead).
_CHINESE_OBLIQUE = (("ом", ""), ("а", ""), ("у", ""), ("е", ""), ("ем", "ь"), ("я", "ь"), ("ю", "ь"), ("е", "ь"))


def _pinyin_word(word: str) -> str | None:
    """One word in Palladius spelling as pinyin ("Цзиньпин" -> "Jinping"), or None when it does
    not split into Palladius syllables; the fewest syllables win."""
    out = _palladius_split(word.lower())
    if not out:
        return None
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _given_name(word: str) -> str | None:
    """The given name as pinyin, back from a case form when that reads in fewer syllables
    ("Цзиньпина" is "Цзиньпин", not "цзинь-пи-на")."""
    low = word.lower()
    best = _palladius_split(low)
    for ending, nominative in _CHINESE_OBLIQUE:
        if low.endswith(ending) and len(low) > len(ending) + 1:
            stem = _palladius_split(low[: -len(ending)] + nominative)
            if stem and (best is None or len(stem) < len(best)):
                best = stem
    if not best:
        return None
    text = "".join(best)
    return text[:1].upper() + text[1:]


def _palladius_split(low: str) -> list[str] | None:
    """The pinyin syllables of a lower-case word in Palladius spelling, fewest first; None when
    it does not split or needs more syllables than a given name has."""
    syllables = _PALLADIUS
    best: list[list[str] | None] = [[]] + [None] * len(low)
    for end in range(1, len(low) + 1):
        for start in range(max(0, end - 6), end):
            prev = best[start]
            piece = syllables.get(low[start:end])
            if prev is not None and piece and (best[end] is None or len(prev) + 1 < len(best[end] or [])):
                best[end] = prev + [piece]
    out = best[len(low)]
    return out if out and len(out) <= _CHINESE_MAX_SYLLABLES else None


def _chinese_name(name: str) -> str | None:
    """A Chinese name in Russian spelling in pinyin ("Чжао Лэцзи" -> "Zhao Leji"), else None."""
    words = name.split()
    if not 1 <= len(words) <= 3 or words[0].lower() not in _CHINESE_SURNAMES:
        return None  # a surname alone too: "Сюэ" named again after "Сюэ Цзянь"
    out = []
    for n, word in enumerate(words):
        if n and iuliia.WIKIPEDIA.translate(word).lower() in _FIRST_NAME_SET:
            return None  # "Ли Анна": a Russian first name that happens to split into syllables
        pinyin = _given_name(word) if n == len(words) - 1 and n else _pinyin_word(word)
        if pinyin is None:
            return None
        out.append(pinyin)
    return " ".join(out)


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


# Parts of speech that are never a name word: a sentence's first word ("Позднее", "Также").
_NEVER_NAME_POS = frozenset({"ADVB", "PRCL", "CONJ", "PREP", "COMP", "PRED", "NPRO", "INTJ"})
# Cases of a place or an organisation that tie it to what stands before it ("председателем
# Еврокомиссии", "принцем Саудовской Аравии"): of, in; a name's own word is not so read.
_OF_PLACE_CASES = frozenset({"gent", "loct"})


def name_never_word(word: str, morph: Any) -> bool:
    """A capitalised word that is part of no name: an ordinal number ("Четвертого": it opens a
    department's or a body's name), a word of no naming part of speech ("Позднее", "Также"),
    or a place or an organisation in the genitive or locative ("Аравии", "Еврокомиссии")
    standing before the name of a person of it. A word any likely reading of which is a
    name (given name, surname, patronymic) is kept."""
    parses = morph.parse(word)[:3]
    if not parses:
        return False
    if "Anum" in parses[0].tag:
        return True
    if any(g in p.tag for p in parses for g in ("Name", "Surn", "Patr")):
        return False
    if any(p.tag.POS in _NEVER_NAME_POS for p in parses):
        return True
    top = parses[0].tag
    return bool(("Geox" in top or "Orgn" in top) and top.case in _OF_PLACE_CASES)


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

_FIRST_NAME_SET = frozenset(FIRST_NAMES)
