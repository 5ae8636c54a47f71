"""The web viewer in headless Chromium: example text → highlighted spans, event rows, map markers.

Skips unless Chromium (`apt-get install -y chromium`) and Playwright for Python (`pip install
playwright`, no `playwright install`: the system Chromium is used) are present.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright for Python is not installed")
if CHROMIUM is None:
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "peristiwa.cli", "serve", "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        for _ in range(600):  # the pipeline loads before the port opens
            if process.poll() is not None:
                pytest.fail(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("server did not open its port")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(10)


def test_serve_browser_example_shows_spans_table_and_map(server: str) -> None:
    outside: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 1800}, bypass_csp=True)  # for waits
        errors: list[str] = []
        page.on("pageerror", lambda err: errors.append(str(err)))
        page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server) else None)
        page.goto(server + "/")
        page.click("#example")
        page.wait_for_function("document.querySelector('#text').value.length > 100")
        page.click("#run")
        page.wait_for_function(
            "document.body.dataset.ready === '1' || document.querySelector('#status').classList.contains('error')",
            timeout=120_000,
        )
        assert page.get_attribute("body", "data-ready") == "1", page.text_content("#status")
        kinds = set(page.eval_on_selector_all("#annotated mark", "ms => ms.map(m => m.dataset.kind)"))
        rows = page.locator("#events tbody tr").count()
        markers = page.locator("path.event-marker").count()
        outlines = page.locator(".leaflet-overlay-pane path").count()
        hover = page.get_attribute("#annotated mark.hl-trigger", "title")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "viewer.png"), full_page=True)
        browser.close()
    assert {"trigger", "actor", "place", "time"} <= kinds
    assert rows >= 3
    assert markers >= 1 and outlines > 100
    assert hover and hover.startswith("pemicu: ")
    assert not errors, errors
    assert not outside, f"the page fetched files from elsewhere: {outside}"
