"""Russian place names; see en.places for each name. Forms in countries.csv are base forms
("Казахстан", "белорусский"); their case forms are generated from the ending of each word, so
that "Казахстаном", "белорусско-" and "Минске" match while "Ирак" never matches "Ираклий" (a
tail must be one of a closed list of case endings, not any letters)."""

PLACE_PARTICLES = ("и", "на", "да")
PLACE_FOLD = (("ё", "е"),)
PLACE_BLOCKERS = (
    "Латинская Америка",
    "Южная Америка",
    "Северная Америка",
    "Центральная Америка",
    "Новая Гвинея",
    "Нью-Мексико",
    "Нью-Джерси",
    "Индийский океан",
    "Корейский полуостров",
    "Турецкий поток",
)
# "София" is a first name, "Того" a pronoun at the start of a sentence.
PLACE_NOT_ALONE = frozenset({"софия", "того"})
PLACE_ADJECTIVE_CASE_FREE = True
# "Поляков", "Чехов" mid-sentence are surnames; a demonym is capitalised only when it opens a
# sentence.
PLACE_DEMONYMS_LOWERCASE = True

# Declension classes by the ending of the base form.
_ADJ = (
    "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю",
    "ых", "их", "ыми", "ими", "ом", "ем", "ей", "ою",
    "о",  # "белорусско-"
)
_CONS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах")  # Казахстан, Минск, узбек
_A = ("а", "ы", "и", "е", "у", "ой", "ою")  # Москва, Америка, Астана
_YA = ("я", "и", "е", "ю", "ей", "ею")  # Россия, Корея
_SOFT = ("ь", "и", "ью", "я", "ю", "ем", "е")  # Беларусь, Израиль, Казань
_J = ("й", "я", "ю", "ем", "е")  # Китай, Шанхай
_PL = ("ы", "ов", "ам", "ами", "ах")  # Нидерланды, Штаты, Афины
_EC = ("а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах")  # казахстанец -> казахстанца
# Base forms with a fleeting vowel: the oblique stem is not a prefix of the base form.
_FLEETING = {"египет": "египт", "турок": "турк"}
_ADJ_END = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")


def place_forms(word: str, kind: str, last: bool) -> set[str]:
    w = word
    if w in _FLEETING:
        return {w} | {_FLEETING[w] + t for t in _CONS if t}
    # adjectives: the kind says so, or a non-final word of a name ("Южная Корея");
    # a final "-ой" is a noun ("Ханой")
    if kind == "adjective" or (not last and len(w) > 4 and w.endswith(_ADJ_END)):
        stem = w[:-2] if w.endswith(_ADJ_END) else w
        return {w} | {stem + t for t in _ADJ}
    end = w[-1]
    if w.endswith("ец") and len(w) > 4:
        stem = w[:-2] + ("йц" if w[-3] in "аеиоуяю" else "ц")
        return {w} | {stem + t for t in _EC}
    if end == "я":
        return {w[:-1] + t for t in _YA}
    if end == "а":
        return {w[:-1] + t for t in _A}
    if end == "ь":
        return {w[:-1] + t for t in _SOFT}
    if end == "й":
        return {w[:-1] + t for t in _J}
    if end == "ы":
        return {w[:-1] + t for t in _PL}
    if end in "оеиуюэи":
        return {w}  # indeclinable: Того, Тбилиси, Баку, Душанбе, Сочи
    return {w + t for t in _CONS}
