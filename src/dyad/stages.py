"""The pure stages chained: RawDoc -> Record. The one function every runner maps."""

from __future__ import annotations

from dyad.clean import clean
from dyad.extractors import extract_record
from dyad.gazetteer import forget_scans
from dyad.model import RawDoc, Record


def process(raw: RawDoc) -> Record:
    forget_scans()  # what was kept while the document before was read is not this one's
    return extract_record(clean(raw))
