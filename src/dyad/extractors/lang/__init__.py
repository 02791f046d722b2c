"""Language data for the extractors: one module per language, same names in each.

The algorithms in dyad.extractors read these tables; adding a language means adding a
module here, not touching the algorithms (the way spaCy keeps spacy/lang/xx apart).
"""

from __future__ import annotations

from functools import cache
from types import ModuleType


@cache
def rules(lang: str | None) -> ModuleType:
    from dyad.extractors.lang import de, en, ru

    return {"en": en, "de": de, "ru": ru}.get(lang or "en", en)
