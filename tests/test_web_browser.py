"""The web page in a real browser (Debian's Chromium driven by Playwright): timeline -> actor page
-> claims chart -> a conflicting claim's point -> the document view with the sentence highlighted.

Screenshots of every page go to test-output/screenshots/; the claims chart also to docs/claims.png.
Never runs `playwright install`: the browser is the system's (DYAD_CHROMIUM, else /usr/bin/chromium).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store.db import engine_for

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "test-output" / "screenshots"
DOCS = ROOT / "docs"
CHROMIUM = os.environ.get("DYAD_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


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
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
            # Nothing may leave the machine: every request goes to our own server.
            page.on("request", lambda r: None if r.url.startswith(base_url) else problems.append(f"request: {r.url}"))

            # 1. The timeline: events by date, participants linked, outlets of the reports.
            page.goto(base_url + "/")
            _ready(page)
            events = page.locator("article.event")
            assert events.count() >= 5
            first = events.first
            assert first.locator("time").inner_text().strip()
            assert first.locator(".badge").inner_text().strip()
            assert first.locator("a.report").count() >= 1
            page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)

            # 2. Click through to a participant's page.
            link = page.locator("article.event ul.people a").first
            name_written = link.inner_text().strip()
            link.click()
            page.wait_for_url("**/actor/**")
            _ready(page)
            assert page.locator("h1").inner_text().strip()
            assert page.get_by_role("heading", name="Titles held").is_visible()
            assert name_written in page.locator("ul.chips").inner_text()  # the spelling clicked is an alias
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
            DOCS.mkdir(exist_ok=True)
            box = page.locator("figure.chart-wrap").first.bounding_box()  # the page down to the first chart
            assert box
            page.screenshot(path=str(DOCS / "claims.png"), full_page=True,
                            clip={"x": 0, "y": 0, "width": 1280, "height": box["y"] + box["height"] + 16})

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
