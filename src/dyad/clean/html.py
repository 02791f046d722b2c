"""Main text and metadata of an HTML page, by trafilatura."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class PageText:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def extract_page(html: str, url: str | None = None) -> PageText | None:
    """None when the page has no article (a menu-only page, an error page)."""
    import trafilatura

    if len(html) > 5_000_000:
        # lxml's recursion and trafilatura's scoring degrade badly on giant pages; the
        # article is near the top in practice.
        html = html[:5_000_000]
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            deduplicate=True, favor_precision=True,
        )
    except Exception:  # trafilatura/lxml raise many kinds on hostile markup; the page is unusable
        return None
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return PageText(text, data.get("title"), data.get("date"), data.get("sitename"), data.get("url"))
