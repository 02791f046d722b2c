"""Checking what a user typed before it reaches a query: dates, countries, country pairs.

A filter that cannot match anything ("--since yesterday", "--pair BLRKAZX") is a typo, not an
empty answer: each function returns the normal form or raises ``InvalidInput`` with one line
that names the option and the value, so the CLI and the API can say what was wrong.
"""

from __future__ import annotations

import re
from datetime import date

DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
PAIR = re.compile(r"([A-Za-z]{3})[-/ _]?([A-Za-z]{3})")


class InvalidInput(ValueError):
    """A filter value that cannot be used; the message is one line naming it."""


def since(value: str | None, option: str = "--since") -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, checked to be a real day or month."""
    if value is None or value == "":
        return None
    v = value.strip()
    m = DATE.fullmatch(v)
    if not m:
        raise InvalidInput(f"{option} {value!r}: not a date; write YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2024-03-14)")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        raise InvalidInput(f"{option} {value!r}: no such date") from None
    return v


def country(value: str | None, option: str = "--country") -> str | None:
    """An ISO 3166-1 alpha-3 code the gazetteer knows, upper case."""
    if value is None or value == "":
        return None
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code) or not _known(code):
        raise InvalidInput(f"{option} {value!r}: not a known ISO 3166 alpha-3 country code (e.g. KAZ)")
    return code


def pair(value: str | None, option: str = "--pair") -> str | None:
    """A country pair written ``BLR-KAZ``, ``blr-kaz``, ``KAZ-BLR`` or ``BLRKAZ``, as the sorted
    ``BLR-KAZ`` the figures table is keyed by."""
    if value is None or value == "":
        return None
    m = PAIR.fullmatch(value.strip())
    if not m:
        raise InvalidInput(f"{option} {value!r}: not a country pair; write two ISO3 codes, e.g. BLR-KAZ")
    a, b = m.group(1).upper(), m.group(2).upper()
    for code in (a, b):
        if not _known(code):
            raise InvalidInput(f"{option} {value!r}: {code} is not a known ISO 3166 alpha-3 country code")
    if a == b:
        raise InvalidInput(f"{option} {value!r}: a pair needs two different countries")
    return "-".join(sorted((a, b)))


def _known(code: str) -> bool:
    from dyad.gazetteer import country_name  # late: loading the gazetteer is not free

    return country_name(code) is not None
