"""The pure stages chained: RawDoc -> Record. The one function every runner maps."""

from __future__ import annotations

from dyad.clean import clean
from dyad.extractors import extract_record
from dyad.model import RawDoc, Record


def process(raw: RawDoc) -> Record:
    return extract_record(clean(raw))
