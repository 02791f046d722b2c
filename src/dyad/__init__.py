"""dyad: news about two countries -> a source-linked database of events, figures and quotes.

    >>> import dyad
    >>> record = dyad.extract("MINSK, 9 June (BelTA) – ...", source="note.txt")
"""

from __future__ import annotations

from dyad.model import RawDoc, Record

__all__ = ["extract", "Record"]


def extract(text_or_html: str, source: str | None = None, url: str | None = None) -> Record:
    """Clean and extract one document given as text or HTML; raises model.InputError on bad input."""
    from dyad.stages import process

    head = text_or_html.lstrip()[:1000].lower()
    media = "text/html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text/plain"
    raw = RawDoc(source or "<string>", text_or_html.encode("utf-8"), media, url=url, hint_text=text_or_html)
    return process(raw)
