"""Countries, capitals and major cities named in English, German and Russian text.

The data is ``data/countries.csv`` (long form: ``iso3,lang,kind,form,source,en``). Forms
are base forms ("Казахстан", "kasachisch", "белорусский"); German and Russian
inflections are generated here from the ending of each word, so that "Kasachstans",
"kasachischen", "Казахстаном", "белорусско-" and "Минске" match while "Ирак" never
matches "Ираклий" (a tail must be one of a closed list of case endings, not any letters).

Matching is token based: the text is split into letter runs once, and every token is
looked up in a dict of all generated surface forms. That is one regex pass plus one dict
lookup per word, whatever the number of forms, which is what millions of documents need.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

LANGS = ("en", "de", "ru")
COUNTRY_KINDS = ("name", "alias", "adjective", "demonym", "capital")
PLACE_KINDS = ("capital", "city")

# A token is a run of letters, or a dotted abbreviation such as "U.S." / "U.K.".
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+")

# Closed lists of endings. German: the brief's s/es/n/en/e/er/em, split by part of speech.
_DE_NOUN = ("", "s", "es", "n", "en")
_DE_ADJ = ("", "e", "en", "er", "es", "em")
_EN_NAME = ("",)
_EN_ADJ = ("", "s")  # "Kazakhs", "Americans"; the possessive 's is a separate token
# Russian declension classes by the ending of the base form.
_RU_ADJ = (
    "ий",
    "ый",
    "ой",
    "ая",
    "яя",
    "ое",
    "ее",
    "ие",
    "ые",
    "ого",
    "его",
    "ому",
    "ему",
    "ым",
    "им",
    "ую",
    "юю",
    "ых",
    "их",
    "ыми",
    "ими",
    "ом",
    "ем",
    "ей",
    "ою",
    "о",
)  # "о": "белорусско-"
_RU_CONS = ("", "а", "у", "ом", "е", "ы", "и", "ов", "ам", "ами", "ах")  # Казахстан, Минск, узбек
_RU_A = ("а", "ы", "и", "е", "у", "ой", "ою")  # Москва, Америка, Астана
_RU_YA = ("я", "и", "е", "ю", "ей", "ею")  # Россия, Корея
_RU_SOFT = ("ь", "и", "ью", "я", "ю", "ем", "е")  # Беларусь, Израиль, Казань
_RU_J = ("й", "я", "ю", "ем", "е")  # Китай, Шанхай
_RU_PL = ("ы", "ов", "ам", "ами", "ах")  # Нидерланды, Штаты, Афины
_RU_EC = ("а", "у", "ем", "е", "ы", "ев", "ам", "ами", "ах")  # казахстанец -> казахстанца
# Base forms with a fleeting vowel: the oblique stem is not a prefix of the base form.
_RU_FLEETING = {"египет": "египт", "турок": "турк"}
_FUNCTION_WORDS = frozenset("and of the de la du el al und von der die des и на да".split())

# Multi-word names that contain a country form but are not the country ("Latin
# America" is not the USA). They win as the longest match and are then dropped.
_BLOCKERS: dict[str, tuple[str, ...]] = {
    "en": (
        "South America",
        "Latin America",
        "North America",
        "Central America",
        "New Guinea",
        "New Mexico",
        "New Jersey",
        "Indian Ocean",
        "American Indian",
        "Native American",
        "New South Wales",
        "Korean Peninsula",
        "Turkish Stream",
        "Georgia State",
    ),
    "de": ("New Mexico", "New Jersey", "Indischer Ozean", "Koreanische Halbinsel"),
    "ru": (
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
    ),
}
# Single words too often something else to count as a place on their own: "София" and
# "Sofia" are first names, "Того" is a pronoun at the start of a sentence.
_NO_MATCH = frozenset(
    {
        ("en", "sofia"),
        ("de", "sofia"),
        ("ru", "софия"),
        ("ru", "того"),
        ("en", "jersey"),
        ("de", "jersey"),
        ("de", "este"),
        ("de", "ire"),
    }
)

_KIND_RANK = {"name": 0, "alias": 1, "capital": 2, "adjective": 3, "demonym": 4, "city": 5, "": 9}
_SENTENCE_END = frozenset('.!?…:"«»“”„()[]—–-\n')


@dataclass(frozen=True)
class CountryMention:
    start: int
    end: int
    iso3: str
    kind: str  # name | alias | adjective | demonym | capital | city
    text: str


@dataclass(frozen=True)
class _Entry:
    iso3: str  # "" for a blocker
    kind: str
    lang: str
    words: tuple[frozenset[str], ...]  # allowed normalised surfaces, per token
    gaps: tuple[str, ...]  # normalised separators between tokens (" ", "-", "'")
    exact: tuple[str | None, ...]  # per token: required exact surface (acronyms) or None
    titled: tuple[bool, ...]  # per token: must start with a capital letter
    en: str  # English name of a capital/city


@dataclass(frozen=True)
class _Row:
    iso3: str
    lang: str
    kind: str
    form: str
    source: str
    en: str


def _norm(tok: str) -> str:
    return tok.lower().replace("ё", "е")


def _norm_gap(gap: str) -> str:
    if not gap or gap.isspace():
        return " "
    g = gap.strip()
    if g in ("-", "‐", "‑", "–"):
        return "-"
    if g in ("'", "’", "ʼ", "`"):
        return "'"
    return g


def _is_acronym(tok: str) -> bool:
    return sum(c.isupper() for c in tok) >= 2 or "." in tok


_RU_ADJ_END = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ие", "ые")


def _ru_variants(word: str, adjective: bool, last: bool) -> set[str]:
    w = _norm(word)
    if w in _RU_FLEETING:
        return {w} | {_RU_FLEETING[w] + t for t in _RU_CONS if t}
    # adjectives: the kind says so, or a non-final word of a name ("Южная Корея");
    # a final "-ой" is a noun ("Ханой")
    if adjective or (not last and len(w) > 4 and w.endswith(_RU_ADJ_END)):
        stem = w[:-2] if w.endswith(_RU_ADJ_END) else w
        return {w} | {stem + t for t in _RU_ADJ}
    last = w[-1]
    if w.endswith("ец") and len(w) > 4:
        stem = w[:-2] + ("йц" if w[-3] in "аеиоуяю" else "ц")
        return {w} | {stem + t for t in _RU_EC}
    if last == "я":
        return {w[:-1] + t for t in _RU_YA}
    if last == "а":
        return {w[:-1] + t for t in _RU_A}
    if last == "ь":
        return {w[:-1] + t for t in _RU_SOFT}
    if last == "й":
        return {w[:-1] + t for t in _RU_J}
    if last == "ы":
        return {w[:-1] + t for t in _RU_PL}
    if last in "оеиуюэи":
        return {w}  # indeclinable: Того, Тбилиси, Баку, Душанбе, Сочи
    return {w + t for t in _RU_CONS}


def _de_variants(word: str, adjective: bool, last: bool) -> set[str]:
    w = _norm(word)
    if not last and len(w) > 4 and w.endswith(("e", "es", "er", "en")):
        # adjective inside a name: "Vereinigte(n) Staaten", "Russische(n) Föderation"
        stem = re.sub(r"(e|es|er|en)$", "", w)
        return {w} | {stem + t for t in _DE_ADJ}
    if adjective:
        return {w + t for t in _DE_ADJ}
    return {w + t for t in _DE_NOUN}


def _variants(word: str, lang: str, kind: str, last: bool) -> set[str]:
    if _is_acronym(word) or _norm(word) in _FUNCTION_WORDS:
        return {_norm(word)}
    adjective = kind == "adjective"
    if lang == "ru":
        return _ru_variants(word, adjective, last)
    if lang == "de":
        return _de_variants(word, adjective, last)
    if last and kind in ("adjective", "demonym"):
        return {_norm(word) + t for t in _EN_ADJ}
    return {_norm(word) + t for t in _EN_NAME}


def _make_entry(row: _Row) -> _Entry | None:
    toks: list[str] = []
    gaps: list[str] = []
    prev_end = 0
    for m in _TOKEN.finditer(row.form):
        if toks:
            gaps.append(_norm_gap(row.form[prev_end : m.start()]))
        toks.append(m.group())
        prev_end = m.end()
    if not toks:
        return None
    words = tuple(frozenset(_variants(t, row.lang, row.kind, i == len(toks) - 1)) for i, t in enumerate(toks))
    exact = tuple(t if _is_acronym(t) else None for t in toks)
    # German and Russian adjectives and demonyms are lowercase in running text but may
    # open a sentence, so their case is free; names must be capitalised in all languages.
    free = row.kind in ("adjective", "demonym") and row.lang in ("de", "ru")
    titled = tuple(t[0].isupper() and not (free and i == 0) for i, t in enumerate(toks))
    return _Entry(row.iso3, row.kind, row.lang, words, tuple(gaps), exact, titled, row.en)


class _Gazetteer:
    def __init__(self, rows: list[_Row]) -> None:
        self.rows = rows
        # one index per language and one merged, each: first-token surface -> entries
        self.index: dict[str | None, dict[str, list[_Entry]]] = {lang: {} for lang in LANGS}
        self.index[None] = {}
        entries: list[_Entry] = []
        for row in rows:
            if row.kind not in COUNTRY_KINDS and row.kind not in PLACE_KINDS:
                continue
            e = _make_entry(row)
            if e is None:
                continue
            if len(e.words) == 1 and any((row.lang, s) in _NO_MATCH for s in e.words[0]):
                continue
            entries.append(e)
        for lang, forms in _BLOCKERS.items():
            for form in forms:
                e = _make_entry(_Row("", lang, "", form, "", ""))
                if e is not None:
                    entries.append(e)
        for e in entries:
            for surface in e.words[0]:
                self.index[e.lang].setdefault(surface, []).append(e)
                self.index[None].setdefault(surface, []).append(e)
        self.names: dict[tuple[str, str], str] = {}
        self.capitals: dict[tuple[str, str], str] = {}
        for row in rows:
            if row.kind == "name":
                self.names.setdefault((row.iso3, row.lang), row.form)
            elif row.kind == "capital":
                self.capitals.setdefault((row.iso3, row.lang), row.form)

    def scan(self, text: str, lang: str | None, kinds: Iterable[str]) -> list[tuple[int, int, _Entry]]:
        index = self.index.get(lang) if lang in LANGS else self.index[None]
        assert index is not None
        wanted = set(kinds) | {""}
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        out: list[tuple[int, int, _Entry]] = []
        i = 0
        n = len(toks)
        while i < n:
            s, e, tok = toks[i]
            cands = index.get(_norm(tok))
            best: tuple[int, int, int, _Entry] | None = None  # (end, -rank, ntoks, entry)
            if cands:
                for ent in cands:
                    if ent.kind not in wanted:
                        continue
                    k = self._match(text, toks, i, ent)
                    if k is None:
                        continue
                    key = (toks[i + k - 1][1], -_KIND_RANK[ent.kind], int(ent.lang == lang))
                    if best is None or key > best[:3]:
                        best = (*key, ent)  # type: ignore[assignment]
            if best is None:
                i += 1
                continue
            end, ent = best[0], best[3]
            k = 1
            while i + k < n and toks[i + k][0] < end:
                k += 1
            out.append((s, end, ent))
            i += k
        return out

    @staticmethod
    def _match(text: str, toks: list[tuple[int, int, str]], i: int, ent: _Entry) -> int | None:
        """Number of tokens the entry covers from token i, or None."""
        k = len(ent.words)
        if i + k > len(toks):
            return None
        for j in range(k):
            s, e, tok = toks[i + j]
            if j:
                if _norm(tok) not in ent.words[j]:
                    return None
                if _norm_gap(text[toks[i + j - 1][1] : s]) != ent.gaps[j - 1]:
                    return None
            want = ent.exact[j]
            if want is not None:
                if tok != want:
                    return None
            elif ent.titled[j] and not tok[0].isupper():
                return None
        tok0 = toks[i][2]
        if ent.exact[0] is None and tok0.isupper() and len(tok0) < 4 and k == 1:
            return None  # "OSH"/"IRE" in capitals is more likely an acronym than a place
        if ent.lang == "ru" and ent.kind == "demonym" and tok0[0].isupper():
            # "Поляков", "Чехов" mid-sentence are surnames; a demonym is capitalised
            # only when it opens a sentence
            before = text[: toks[i][0]].rstrip()
            if before and before[-1] not in _SENTENCE_END:
                return None
        return k


def _load_rows() -> list[_Row]:
    ref = resources.files("dyad").joinpath("data/countries.csv")
    with ref.open("r", encoding="utf-8") as fh:
        return [
            _Row(r["iso3"], r["lang"], r["kind"], r["form"], r.get("source") or "", r.get("en") or "")
            for r in csv.DictReader(fh)
        ]


@lru_cache(maxsize=1)
def _gaz() -> _Gazetteer:
    return _Gazetteer(_load_rows())


def find_countries(text: str, lang: str | None = None, *, cities: bool = False) -> list[CountryMention]:
    """All country mentions (names, aliases, adjectives, demonyms, capitals), sorted and
    non-overlapping; the longest match wins. ``lang=None`` searches all three languages.
    ``cities=True`` also reports other major cities (kind ``city``)."""
    kinds = COUNTRY_KINDS + (("city",) if cities else ())
    return [
        CountryMention(s, e, ent.iso3, ent.kind, text[s:e])
        for s, e, ent in _gaz().scan(text, lang, kinds)
        if ent.iso3
    ]


def country_in(phrase: str, lang: str | None = None) -> str | None:
    """ISO3 of the first country mention in a short phrase (a title, "Ambassador of
    Kazakhstan to Belarus" -> KAZ)."""
    for _s, _e, ent in _gaz().scan(phrase, lang, COUNTRY_KINDS):
        if ent.iso3:
            return ent.iso3
    return None


def country_name(iso3: str, lang: str = "en") -> str | None:
    """Preferred short name: ("KAZ", "de") -> "Kasachstan"; falls back to English."""
    g = _gaz()
    iso3 = iso3.upper()
    return g.names.get((iso3, lang)) or g.names.get((iso3, "en"))


@lru_cache(maxsize=512)
def adjective_en(iso3: str) -> str | None:
    """The English adjective of a country ("RUS" -> "Russian"), for naming its institutions."""
    iso3 = iso3.upper()
    return next((r.form for r in _load_rows() if r.iso3 == iso3 and r.lang == "en" and r.kind == "adjective"), None)


def capital_of(iso3: str, lang: str = "en") -> str | None:
    """Current capital as written in ``lang`` ("KAZ" -> "Astana"); None if not in the data."""
    g = _gaz()
    iso3 = iso3.upper()
    return g.capitals.get((iso3, lang)) or g.capitals.get((iso3, "en"))


def _place(place: str) -> _Entry | None:
    p = place.strip().strip(".,;:()[]\"'«»")
    if not p:
        return None
    if p.isupper():
        p = p.title()  # datelines: "MINSK", "NUR-SULTAN"
    for s, e, ent in _gaz().scan(p, None, PLACE_KINDS):
        if ent.iso3 and s == 0 and e == len(p):
            return ent
    return None


def city_country(city: str) -> str | None:
    """ISO3 of a capital or major city in any of the three languages and any case form
    ("Минске" -> "BLR", "Almaty" -> "KAZ"); None if unknown."""
    ent = _place(city)
    return ent.iso3 if ent else None


def normalize_place(place: str, lang: str) -> str:
    """English name of a known capital/city ("Минске", "Minsk" -> "Minsk"), else the input.

    ``lang`` is accepted for symmetry; place forms of all three languages are tried, since
    a dateline in a German text is often in English."""
    ent = _place(place)
    return ent.en if ent and ent.en else place
