"""The outlets dyad knows (dyad/data/outlets.csv): name, country, web domains and the credits
that name them in a dateline, a header or after a headline."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Outlet:
    name: str
    country: str | None
    domains: tuple[str, ...]
    credits: tuple[str, ...]


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    with resources.files("dyad.data").joinpath("outlets.csv").open(encoding="utf-8") as fh:
        return tuple(
            Outlet(r["name"], r["country"] or None, tuple(filter(None, r["domains"].split("|"))),
                   tuple(filter(None, r["credit_patterns"].split("|"))))
            for r in csv.DictReader(fh)
        )
