"""The one table from dyad's event kinds to PLOVER and CAMEO, and CAMEO actor codes.

Every place in dyad that needs a PLOVER category or a CAMEO code asks this module, so
the two ontologies are mapped once. PLOVER categories follow the OEDA crosswalk
(CAMEO2PLOVER, PLOVER manual draft 0.8, 2021); where PLOVER has no category for a CAMEO
root (01 make public statement) dyad uses ``STATEMENT`` so the event is not silently
dropped by consumers that group by category.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyad.lang import available

# dyad's coarse event kinds -> (PLOVER, CAMEO). A visit is 042 seen from the visitor and
# 043 seen from the host: codes_for("visit", hosted=True) gives the host's view.
EVENT_TYPE_CODES: dict[str, tuple[str, str]] = {
    "meeting": ("CONSULT", "040"),
    "visit": ("CONSULT", "042"),
    "talks": ("CONSULT", "046"),
    "phone_call": ("CONSULT", "041"),
    "agreement_signing": ("SUPPORT", "057"),
    "statement": ("STATEMENT", "010"),
    "briefing": ("STATEMENT", "010"),
    "other": ("STATEMENT", "010"),
}
HOSTED_VISIT: tuple[str, str] = ("CONSULT", "043")

# CAMEO root -> PLOVER category (all 20 roots). PLOVER folds CAMEO 10 "demand" into
# REQUEST with 02 "appeal", and 09 "investigate" and 11 "disapprove" into ACCUSE.
ROOT_TO_PLOVER: dict[str, str] = {
    "01": "STATEMENT",
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}

# Sub-codes the crosswalk files under another category than their root: releases,
# easing sanctions and withdrawals are RETREAT, not CONCEDE; blockade and occupation
# (19x) are COERCE; destroying property and violent repression are ASSAULT.
CODE_TO_PLOVER: dict[str, str] = {
    "084": "RETREAT", "0841": "RETREAT", "0842": "RETREAT", "085": "RETREAT",
    "086": "RETREAT", "0861": "RETREAT", "0862": "RETREAT", "0863": "RETREAT",
    "087": "RETREAT", "0871": "RETREAT", "0872": "RETREAT", "0873": "RETREAT",
    "0874": "RETREAT", "0814": "RETREAT",
    "1712": "ASSAULT", "175": "ASSAULT", "191": "COERCE", "192": "COERCE",
}

# CAMEO "quad class": 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict (series.py groups events by it).
QUAD_CLASS: dict[str, int] = {
    "01": 1, "02": 1, "03": 1, "04": 1, "05": 1,
    "06": 2, "07": 2, "08": 2,
    "09": 3, "10": 3, "11": 3, "12": 3, "13": 3,
    "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4,
}


# Codes of what is said (comments, appeals, intents, demands, criticism, rejection, threats):
# voiced by a named person they are that person's statement. Everything else is an act
# ("other"), the official complaint (114: a summons, a note of protest) included.
VERBAL_ROOTS = frozenset(("01", "02", "03", "10", "11", "12", "13"))
VERBAL_ACTS = frozenset(("114", "115", "116"))


def is_verbal(code: str) -> bool:
    code = str(code)
    return code[:2] in VERBAL_ROOTS and not code.startswith(tuple(VERBAL_ACTS))


QUAD_NAMES: dict[int, str] = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict",
                              4: "material_conflict"}


def quad_class(code: str | None) -> int | None:
    """CAMEO quad class (1-4) of an event code, by its root; None for no code."""
    return QUAD_CLASS.get(str(code).strip()[:2]) if code else None


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    """data/goldstein.csv (Goldstein 1992, CAMEO codes as published with GDELT 1.0), read once."""
    text = resources.files("dyad.data").joinpath("goldstein.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return {r["code"].strip(): float(r["goldstein"]) for r in rows}


def goldstein(code: str | None) -> float | None:
    """Goldstein value of a CAMEO code: the code itself, else its base (3 digits), else its root.
    A code the table lacks (a sub-code added after 1992) takes the value of the nearest parent."""
    if not code:
        return None
    table, code = goldstein_table(), str(code).strip()
    for key in (code, code[:3], code[:2]):
        if key in table:
            return table[key]
    return None


def codes_for(event_type: str, hosted: bool = False) -> tuple[str, str]:
    """(PLOVER, CAMEO) for one of dyad's event kinds; unknown kinds are "other"."""
    if event_type == "visit" and hosted:
        return HOSTED_VISIT
    return EVENT_TYPE_CODES.get(event_type, EVENT_TYPE_CODES["other"])


def plover_for_cameo(code: str) -> str:
    """PLOVER category of a CAMEO event code ("0841" -> RETREAT, "112" -> ACCUSE)."""
    code = str(code).strip()
    if code in CODE_TO_PLOVER:
        return CODE_TO_PLOVER[code]
    return ROOT_TO_PLOVER.get(code[:2], "")


def event_type_for_cameo(code: str) -> str:
    """dyad's coarse kind for a CAMEO code (the inverse of codes_for, lossy)."""
    code = str(code)
    if code.startswith(("042", "043", "044")):
        return "visit"
    if code.startswith("041"):
        return "phone_call"
    if code.startswith(("045", "046")):
        return "talks"
    if code.startswith("04"):
        return "meeting"
    if code.startswith("057"):
        return "agreement_signing"
    if code.startswith("01"):
        return "statement"
    return "other"


# ---------------------------------------------------------------- actor codes

ROLE_CODES = frozenset(
    "GOV MIL LEG JUD COP REB OPP BUS MED PPL CVL EDU HRI NGO IGO SPY UAF INS SEP LAB REF ELI PKO".split()
)


# The lang column of a row that every language reads (names, acronyms).
ANY_LANGUAGE = "any"


@dataclass(frozen=True)
class ActorEntry:
    lang: str  # a pack's code, or ANY_LANGUAGE
    pattern: str  # stem(s); "=" at the end of a word means "whole word"; upper case: case-sensitive
    code: str  # a role code (GOV) or a full actor code (IGOUNO, RUSGOV, IMGMUSISI)
    kind: str  # role | igo | alias | group | person
    note: str


@lru_cache(maxsize=1)
def actor_entries() -> tuple[ActorEntry, ...]:
    """Rows of data/cameo_actors.csv, read once per process."""
    text = resources.files("dyad.data").joinpath("cameo_actors.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(line for line in text.splitlines() if line and not line.startswith("#"))
    return tuple(
        ActorEntry(r["lang"].strip(), r["pattern"].strip(), r["code"].strip(), r["kind"].strip(),
                   (r.get("note") or "").strip())
        for r in rows
        if r.get("pattern")
    )


@lru_cache(maxsize=1)
def _entries_by_language() -> dict[str, tuple[ActorEntry, ...]]:
    by_lang: dict[str, list[ActorEntry]] = {code: [] for code in available()}
    for e in actor_entries():
        row_lang = e.lang
        for code in (available() if row_lang == ANY_LANGUAGE else (row_lang,)):
            by_lang.setdefault(code, []).append(e)
    return {code: tuple(rows) for code, rows in by_lang.items()}


def actor_entries_for(lang: str) -> tuple[ActorEntry, ...]:
    """The rows of cameo_actors.csv one language reads: its own and the language-free ones,
    in file order."""
    return _entries_by_language().get(lang, ())


def stem_regex(pattern: str) -> str:
    # "prime minister" -> \bprime\w*\s+minister\w*; "un=" -> \bun\b (whole word only)
    parts = []
    for word in pattern.split():
        if word.endswith("="):
            parts.append(re.escape(word[:-1]) + r"(?!\w)")
        else:
            parts.append(re.escape(word) + r"\w*")
    return r"(?<!\w)" + r"[\s\-]+".join(parts)


@lru_cache(maxsize=8)
def _role_regex(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    # One alternation per language, longest patterns first so "prime minister" beats
    # "minister"; group i of the match names the role code.
    entries = sorted((e for e in actor_entries_for(lang) if e.kind == "role"), key=lambda e: -len(e.pattern))
    codes = tuple(e.code for e in entries)
    rx = re.compile("|".join(f"({stem_regex(e.pattern.lower())})" for e in entries), re.IGNORECASE)
    return rx, codes


@lru_cache(maxsize=4096)  # a report names the same few titles again and again
def role_for(phrase: str | None, lang: str | None = None) -> str | None:
    """The CAMEO role code named in a title or role phrase ("Minister of Foreign Affairs" -> GOV)."""
    if not phrase:
        return None
    langs = [lang] if lang in available() else list(available())
    for lg in langs:
        rx, codes = _role_regex(lg)
        m = rx.search(phrase)
        if m and m.lastindex:
            return codes[m.lastindex - 1]
    return None


def actor_code(country: str | None, role_hint: str | None, lang: str | None = None) -> str | None:
    """A CAMEO actor code from a country and a title or role phrase.

    actor_code("KAZ", "President") -> "KAZGOV"; actor_code("BLR", "Council of the Republic")
    -> "BLRLEG"; actor_code(None, "rebels") -> "---REB"; actor_code("USA", None) -> "USA".
    A role_hint that is already a role code ("MIL") is used as is.
    """
    role = None
    if role_hint:
        hint = role_hint.strip()
        role = hint.upper() if hint.upper() in ROLE_CODES else role_for(hint, lang)
    if not country and not role:
        return None
    return (country or "---") + (role or "")
