"""Main text and metadata of an HTML page, by trafilatura.

Hostile pages are made harmless before trafilatura sees them: script and style bodies go
(JSON-LD stays, trafilatura reads dates from it), the page is cut to a size and an element
count a news page never reaches, and a page nested deeper than libxml2 parses (it drops
everything below 255 levels without a word) is flattened or refused by name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CHARS = 3_000_000  # after scripts and styles are gone; news pages are far below this
# trafilatura costs ~0.25 ms per element; 20,000 elements (~5 s) is several real pages' worth.
MAX_ELEMENTS = 20_000
MAX_DEPTH = 250  # libxml2's HTML parser silently drops content below 255 levels
_WRAPPERS_RE = re.compile(r"</?(?:div|span|section|font|center|main|aside|article|b|i|u|em|strong|"
                          r"small|big|a|abbr|cite|mark|s|sub|sup|tt)\b[^<>]*>", re.I)
_TAG_RE = re.compile(r"<[A-Za-z!/?]")


class PageError(Exception):
    """A page that cannot be parsed safely; the message is the reason, without the source."""


@dataclass
class PageText:
    text: str
    title: str | None
    date: str | None
    sitename: str | None
    url: str | None


def strip_blocks(html: str, tags: tuple[str, ...] = ("script", "style", "noscript", "svg", "template")) -> str:
    """Drop the bodies of non-text elements and comments in one linear pass (str.find, no
    regex backtracking): an unclosed one swallows the rest of the page, as in a browser."""
    low = html.lower()
    out: list[str] = []
    pos = 0
    opens = ["<!--"] + ["<" + t for t in tags]
    nxt = {o: low.find(o) for o in opens}  # next occurrence of each opener at or after pos
    while True:
        for o, i in nxt.items():
            if 0 <= i < pos:
                nxt[o] = low.find(o, pos)
        found = [(i, o) for o, i in nxt.items() if i >= 0]
        if not found:
            out.append(html[pos:])
            break
        i, o = min(found)
        if o != "<!--":
            after = low[i + len(o) : i + len(o) + 1]
            if after and (after.isalnum() or after in "-_:"):  # <scripts>, <style-x>: not ours
                out.append(html[pos : i + 1])
                pos = i + 1
                continue
            tag_end = low.find(">", i)
            if tag_end >= 0 and "ld+json" in low[i:tag_end]:
                close = low.find("</script", tag_end)
                end = len(html) if close < 0 else close
                out.append(html[pos:end])
                pos = max(end, i + 1)
                continue
        out.append(html[pos:i])
        close_tag = "-->" if o == "<!--" else "</" + o[1:]
        j = low.find(close_tag, i + len(o))
        if j < 0:
            break
        if o == "<!--":
            pos = j + len(close_tag)
        else:
            k = low.find(">", j)
            if k < 0:
                break
            pos = k + 1
    return "".join(out)


def cut_elements(html: str, limit: int = MAX_ELEMENTS) -> str:
    """The page up to its `limit`-th tag (two tags per element are allowed for)."""
    for n, m in enumerate(_TAG_RE.finditer(html)):
        if n >= 2 * limit:
            return html[: m.start()]
    return html


def nesting_depth(html: str) -> int:
    """How deep libxml2 nests the page (it stops at 255, so 255 means 'too deep')."""
    import lxml.etree
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return 0
    depth = best = 0
    for event, _el in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        best = max(best, depth)
    return best


def prepare(html: str) -> str:
    """A page trafilatura can take in bounded time and that lxml parses completely."""
    html = strip_blocks(html)
    if len(html) > MAX_CHARS:
        # lxml's recursion and trafilatura's scoring degrade badly on giant pages; the
        # article is near the top in practice.
        html = html[:MAX_CHARS]
    html = cut_elements(html)
    if nesting_depth(html) >= MAX_DEPTH:
        # Layout wrappers carry no text: without them the paragraphs are within reach.
        flat = _WRAPPERS_RE.sub(" ", html)
        if nesting_depth(flat) >= MAX_DEPTH:
            raise PageError(f"HTML nested too deeply to parse (over {MAX_DEPTH} levels)")
        html = flat
    return html


# Tags are read one at a time, their length bounded, and attributes parsed within the tag:
# a regex that spans attributes with [^>]+ backtracks quadratically on a hostile tag.
META_TAG_RE = re.compile(r"<meta\b[^<>]{0,4000}>", re.I)
TIME_TAG_RE = re.compile(r"<time\b[^<>]{0,4000}>", re.I)
ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
PUBLISHED_NAMES = {"article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                   "dc.date.issued", "dcterms.created"}
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
JSON_PUBLISHED_RE = re.compile(r"[\"']datePublished[\"']\s*:\s*[\"'](\d{4}-\d{2}-\d{2})", re.I)


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in ATTR_RE.finditer(tag)}


def published_in_markup(html: str) -> str | None:
    """The publication date a page declares in its markup, before any guessing.

    Pages carry the day they were saved too ("Saturday, May 4, 2024" in a header), which
    a date guesser may take; declared publication dates come first: a <meta> tag, then
    JSON-LD, then a <time datetime>.
    """
    head = html[:300_000]
    for m in META_TAG_RE.finditer(head):
        attrs = _attrs(m.group(0))
        names = {attrs.get(k, "").lower() for k in ("property", "name", "itemprop")}
        date = ISO_DATE_RE.match(attrs.get("content", "").strip())
        if names & PUBLISHED_NAMES and date:
            return date.group(0)
    m = JSON_PUBLISHED_RE.search(head)
    if m:
        return m.group(1)
    for m in TIME_TAG_RE.finditer(head):
        date = ISO_DATE_RE.match(_attrs(m.group(0)).get("datetime", "").strip())
        if date:
            return date.group(0)
    return None


def extract_page(html: str, url: str | None = None) -> PageText | None:
    """None when the page has no article (a menu-only page, an error page); PageError when
    the page is too hostile to parse."""
    import trafilatura
    from trafilatura.deduplication import LRUCache

    html = prepare(html)
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            # A cache of this page only: trafilatura's default cache is shared by the whole
            # process and drops a paragraph seen on earlier pages (the 4th ingest of a page
            # came out empty); a repeated body within the page still counts once.
            deduplicate=LRUCache(maxsize=4096), favor_precision=True,
        )
    except RecursionError as err:
        raise PageError("HTML nested too deeply to parse") from err
    except Exception:  # trafilatura/lxml raise many kinds on hostile markup; the page is unusable
        return None
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return PageText(text, data.get("title"), published_in_markup(html) or data.get("date"), data.get("sitename"),
                    data.get("url"))
