"""The web page in a real browser (Debian's Chromium driven by Playwright): timeline -> actor page
-> claims chart -> a conflicting claim's point -> the document view with the sentence highlighted.

Screenshots of every page go to a temporary folder (DYAD_SCREENSHOTS names another), so a test run
changes no file of the repository; `make screenshots` (DYAD_UPDATE_DOCS=1) also writes the ones the
README shows to docs/. Never runs `playwright install`: the browser is the system's (DYAD_CHROMIUM,
else /usr/bin/chromium).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store.db import engine_for

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("DYAD_SCREENSHOTS") or Path(tempfile.gettempdir()) / "dyad-screenshots")
DOCS = ROOT / "docs" if os.environ.get("DYAD_UPDATE_DOCS") else None
CHROMIUM = os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


def _watched_page(browser, base_url: str, problems: list[str], console: bool = True,  # type: ignore[no-untyped-def]
                  accept_downloads: bool = False):
    """A page whose errors, console errors and requests leaving our own server are recorded
    as problems: nothing may leave the machine."""
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=accept_downloads)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    if console:
        page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("request", lambda r: None if r.url.startswith(base_url) else problems.append(f"request: {r.url}"))
    return page


def _seeds() -> Path:
    seeds = ROOT.parent / "shared" / "corpus" / "seeds"
    return seeds if seeds.exists() else ROOT / "examples"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def chromium() -> str:
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {CHROMIUM} in CI (apt-get install chromium, or set DYAD_CHROMIUM)")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    tmp = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{tmp / 'dyad.db'}"
    summary = ingest(iter_sources([str(p) for p in sorted(_seeds().iterdir())]), engine_for(url))
    assert summary.stored >= 5 and not summary.failed
    port = _free_port()
    exe = Path(sys.executable).parent / "dyad"
    env = {k: v for k, v in os.environ.items() if k not in {"DYAD_TOKEN", "DYAD_DB"}}
    log = (tmp / "serve.log").open("wb")
    proc = subprocess.Popen([str(exe) if exe.exists() else "dyad", "serve", "--db", url, "--port", str(port),
                             "--host", "127.0.0.1"], stdout=log, stderr=subprocess.STDOUT, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (tmp / "serve.log").read_text()
            try:
                if httpx.get(base + "/api/facets", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def _ready(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)


def test_timeline_actor_claims_document(chromium: str, base_url: str) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = _watched_page(browser, base_url, problems)

            # 1. The timeline: events by date, participants linked, outlets of the reports.
            page.goto(base_url + "/")
            _ready(page)
            events = page.locator("article.event")
            assert events.count() >= 5
            first = events.first
            assert first.locator("time").inner_text().strip()
            assert first.locator(".badge").inner_text().strip()
            assert first.locator("a.report").count() >= 1
            assert page.locator("svg.tl-chart a.tl-mark").count() >= 1  # the visual timeline
            page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)
            _doc_shot(page, "timeline-1280.png", "svg.tl-chart")

            # 2. Click through to a participant's page: the English name is the page's heading.
            link = page.locator("article.event ul.people a").first
            name_en = link.inner_text().strip()
            link.click()
            page.wait_for_url("**/actor/**")
            _ready(page)
            assert page.locator("h1").inner_text().strip().startswith(name_en)
            assert page.get_by_role("heading", name="Titles held").is_visible()
            assert page.locator("ul.chips li").count() >= 1  # the names as written
            assert page.locator("article.event").count() >= 1
            page.screenshot(path=str(SHOTS / "actor.png"), full_page=True)

            # 3. The claims chart: BLR-KAZ trade turnover, the Jan-Sep 2017 conflict in red.
            page.get_by_role("link", name="Claims").click()
            page.wait_for_url("**/claims")
            _ready(page)
            conflicting = page.locator("svg.chart a.point.conflict")
            assert conflicting.count() == 2
            assert page.locator("svg.chart .conflict-band").count() == 1
            assert page.locator("svg.chart circle.ring").first.evaluate("e => getComputedStyle(e).stroke") \
                == "rgb(208, 2, 27)"
            assert page.locator("table.claims tr.claim.conflict").count() == 2
            page.screenshot(path=str(SHOTS / "claims.png"), full_page=True)
            _doc_shot(page, "claims.png", "figure.chart-wrap")

            # 4. Click a conflicting point: the document opens scrolled to the sentence, highlighted.
            point = conflicting.first
            doc_id = point.get_attribute("data-doc-id")
            href = point.get_attribute("href")
            assert href and doc_id and href.startswith(f"/doc/{doc_id}")
            point.click()
            page.wait_for_url(f"**/doc/{doc_id}**")
            _ready(page)
            span = href.rsplit("#", 1)[1]  # span-START-END
            start, end = (int(x) for x in span.split("-")[1:])
            doc = httpx.get(f"{base_url}/api/documents/{doc_id}", timeout=10).json()
            claim = doc["text"][start:end]
            target = page.locator(".doc-text .target")
            assert target.count() >= 1
            highlighted = "".join(target.all_inner_texts())
            assert claim in highlighted, (claim, highlighted)
            assert highlighted.strip().endswith((".", "!", "?", "”", "\"")), highlighted  # the whole sentence
            anchor = page.locator(f"#{span}")
            assert anchor.count() == 1 and "k-figure" in (anchor.get_attribute("class") or "")
            page.wait_for_function(
                "id => { const r = document.getElementById(id).getBoundingClientRect();"
                " return r.top >= 0 && r.bottom <= window.innerHeight; }", arg=span, timeout=5_000)
            assert page.locator(".doc-text .k-event").count() >= 1 and page.locator(".doc-text .k-quote").count() >= 1
            page.screenshot(path=str(SHOTS / "document.png"), full_page=False)

            # 5. The same view from a ?span= link, and a bad id is a page that says so.
            page.goto(f"{base_url}/doc/{doc_id}?span={start}-{end}")
            _ready(page)
            assert claim in "".join(page.locator(".doc-text .target").all_inner_texts())
            page.goto(f"{base_url}/doc/{'0' * 16}")
            _ready(page)
            assert page.locator("h1").inner_text() == "Not found"
        finally:
            browser.close()
    # The 404 above is expected in the console; nothing else is.
    unexpected = [x for x in problems if "404" not in x]
    assert not unexpected, unexpected


def _doc_shot(page, name: str, down_to: str) -> None:  # type: ignore[no-untyped-def]
    """The page down to the first ``down_to``: to SHOTS always, to docs/ for `make screenshots`."""
    box = page.locator(down_to).first.bounding_box()
    assert box
    width = page.viewport_size["width"]
    clip = {"x": 0, "y": 0, "width": width, "height": box["y"] + box["height"] + 16}
    page.screenshot(path=str(SHOTS / name), full_page=True, clip=clip)
    if DOCS is not None:
        page.screenshot(path=str(DOCS / name), full_page=True, clip=clip)


def test_filters_export_keyboard_and_a_narrow_screen(chromium: str, base_url: str, tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    facets = httpx.get(f"{base_url}/api/facets", timeout=10).json()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = _watched_page(browser, base_url, problems, console=False, accept_downloads=True)
            page.goto(base_url + "/")
            _ready(page)
            total = page.locator("article.event").count()

            # A filter chosen with the keyboard only: focus the event-type select, pick, submit.
            kind = max(facets["event_types"], key=lambda t: t["events"])["type"]
            page.locator("#f-type").focus()
            page.keyboard.press("Tab")
            page.keyboard.press("Shift+Tab")
            assert page.evaluate("document.activeElement.id") == "f-type"
            page.locator("#f-type").select_option(kind)
            for _ in range(12):  # Tab on to the Apply button, then Enter
                page.keyboard.press("Tab")
                if page.evaluate("document.activeElement.textContent") == "Apply":
                    break
            page.keyboard.press("Enter")
            page.wait_for_url(f"**type={kind}**")
            _ready(page)
            badges = page.locator("article.event .badge").all_inner_texts()
            assert badges and all(b.strip().lower() == kind.replace("_", " ") for b in badges)
            assert len(badges) <= total

            # Export of what is on screen: the CSV holds exactly the events shown, by English name.
            with page.expect_download() as dl:
                page.get_by_role("button", name="CSV").click()
            saved = tmp_path / "events.csv"
            dl.value.save_as(saved)
            lines = saved.read_text(encoding="utf-8").strip().splitlines()
            assert lines[0].startswith("date,type") and len(lines) - 1 == len(badges)

            # A pair written without a dash, and a bad one said in one line on the page.
            page.goto(base_url + "/?pair=blrkaz")
            _ready(page)
            for ev in httpx.get(f"{base_url}/api/events", params={"pair": "BLR-KAZ"}, timeout=10).json()["items"]:
                assert page.locator(f"article.event[data-event-id='{ev['event_id']}']").count() == 1
            page.goto(base_url + "/?pair=BLR-XXX")
            _ready(page)
            assert "XXX" in page.locator(".error").inner_text()

            # Each report links to the sentence; the original article where the address is known.
            page.goto(base_url + "/")
            _ready(page)
            assert page.locator("article.event a.report").count() >= page.locator("article.event").count()

            # A phone: 390 pixels, nothing wider than the screen.
            phone = browser.new_page(viewport={"width": 390, "height": 844})
            phone.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            phone.goto(base_url + "/")
            _ready(phone)
            assert phone.evaluate("document.documentElement.scrollWidth") <= 390
            _doc_shot(phone, "timeline-390.png", "article.event")
            phone.goto(base_url + "/docs")
            assert phone.locator("h1").inner_text().startswith("dyad API")
        finally:
            browser.close()
    assert not problems, problems


def test_series_chart_and_period_events(chromium: str, base_url: str) -> None:
    """The series page for BLR-KAZ: a bar group per dated period, the trade chart, and a click on
    2017 listing that year's five events (the visit to Minsk and what came with it)."""
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    rows = httpx.get(f"{base_url}/api/series", params={"pair": "BLR-KAZ", "by": "year"}, timeout=10).json()["items"]
    dated = [r for r in rows if r["period"] is not None]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = _watched_page(browser, base_url, problems)
            page.goto(base_url + "/")
            _ready(page)
            page.get_by_role("link", name="Series").click()
            page.wait_for_url("**/series")
            _ready(page)
            assert page.locator("svg.series-chart a.period").count() == len(dated)
            assert page.locator("svg.series-chart .goldstein-dot").count() == sum(
                r["goldstein_mean"] is not None for r in dated)
            assert page.locator("svg.trade-chart g.trade").count() == sum(r["trade_value"] is not None for r in dated)
            assert page.locator("table.series tbody tr").count() == len(rows)
            page.screenshot(path=str(SHOTS / "series.png"), full_page=True)
            page.locator("svg.series-chart a.period[data-period='2017']").click()
            page.wait_for_url("**period=2017**")
            _ready(page)
            year = next(r for r in rows if r["period"] == "2017")
            assert page.locator("#period-events article.event").count() == year["events"] == 5
            page.goto(base_url + "/series?pair=BLR-KAZ&by=year&period=unknown")
            _ready(page)
            assert page.locator("#period-events article.event").count() == next(
                r["events"] for r in rows if r["period"] is None)
        finally:
            browser.close()
    assert not problems, problems
