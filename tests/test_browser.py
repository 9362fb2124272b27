"""A real browser: JupyterLab runs notebook 06, a person's clicks record verdicts and filter the explorer.

JupyterLab is started on a free port of 127.0.0.1 (no token, no browser of its
own) in a temporary folder holding a copy of ``notebooks/06-validate.ipynb``
set up for a real review (``SIMULATE_REVIEW = False``, the review file in the
temporary folder). Debian's headless Chromium, driven by Playwright's Python
package, opens the notebook, runs every cell, clicks three verdicts in the
review widget and a filter in the explorer, and the test checks the review
file on disk and the rows the explorer shows.

Skipped, with the reason, when Chromium (``/usr/bin/chromium``), Playwright or
JupyterLab is missing: ``make browser-test`` installs them (apt-get and pip)
and runs this test. Playwright never downloads a browser here. Set
``NEWSLAB_SCREENSHOTS=DIR`` to keep pictures of both widgets.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pandas as pd
import pytest

from .conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
NOTEBOOK = ROOT / "notebooks" / "06-validate.ipynb"

if not Path(CHROMIUM).is_file():
    pytest.skip(f"no Chromium at {CHROMIUM}: install it with `apt-get install chromium` (or run `make browser-test`)",
                allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed: pip install playwright "
                                                             "(or run `make browser-test`)")
pytest.importorskip("jupyterlab", reason="JupyterLab is not installed: pip install 'newslab[lab]'")
pytest.importorskip("ipywidgets", reason="ipywidgets is not installed: pip install 'newslab[lab]'")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _notebook_for_a_person(target: Path, review_csv: Path) -> None:
    """Notebook 06 with the parameters a person reviewing in the browser would set."""
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
    source = "".join(cell["source"])
    source = re.sub(r"^SIMULATE_REVIEW = .*$", "SIMULATE_REVIEW = False", source, flags=re.M)
    source = re.sub(r"^REVIEW_CSV = .*$", f"REVIEW_CSV = {str(review_csv)!r}", source, flags=re.M)
    cell["source"] = source
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(nb, indent=1), encoding="utf-8")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on a free local port, serving a temporary copy of the project's notebook and data."""
    root = tmp_path_factory.mktemp("lab")
    review_csv = root / "review.csv"
    _notebook_for_a_person(root / "notebooks" / NOTEBOOK.name, review_csv)
    shutil.copytree(ROOT / "data" / "examples", root / "data" / "examples")
    settings = root / ".settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false", "checkForUpdates": false}',
                                                              encoding="utf-8")
    # Every cell in the page (JupyterLab 4 otherwise leaves cells out of view unrendered).
    tracker = root / ".settings" / "@jupyterlab" / "notebook-extension"
    tracker.mkdir(parents=True)
    (tracker / "tracker.jupyterlab-settings").write_text('{"windowingMode": "none"}', encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep),
           "JUPYTER_CONFIG_DIR": str(root / ".config"), "JUPYTER_RUNTIME_DIR": str(root / ".runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(root / ".settings"), "JUPYTERLAB_WORKSPACES_DIR": str(root / ".workspaces")}
    log = open(root / "lab.log", "w", encoding="utf-8")  # noqa: SIM115 - closed in the teardown
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", "--ServerApp.ip=127.0.0.1",
         f"--ServerApp.port={port}", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
         "--ServerApp.password=", f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True",
         "--LabApp.news_url=", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"],
        cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/status", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail("JupyterLab did not start:\n" + (root / "lab.log").read_text(encoding="utf-8")[-3000:])
            time.sleep(0.5)
        yield {"url": url, "root": root, "review_csv": review_csv}
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


@pytest.fixture(scope="module")
def page(lab):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.set_default_timeout(60_000)
            page.goto(f"{lab['url']}/lab/tree/notebooks/{NOTEBOOK.name}")
            page.wait_for_selector(".jp-Notebook .jp-Cell", timeout=90_000)
            page.wait_for_function(
                "() => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
                " const k = w && w.sessionContext && w.sessionContext.session && w.sessionContext.session.kernel;"
                " return k && k.status === 'idle'; }", timeout=90_000)
            page.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
            # Every code cell has run when each has an execution count and the kernel is idle again.
            try:
                page.wait_for_function(_ALL_RUN, timeout=120_000)
            except sync_api.TimeoutError:
                page.screenshot(path=str(lab["root"] / "timeout.png"), full_page=True)
                raise
            yield page
        finally:
            browser.close()


_ALL_RUN = """() => {
    const w = window.jupyterapp.shell.currentWidget;
    const cells = w.content.model.cells;
    for (let i = 0; i < cells.length; i++) {
        const c = cells.get(i);
        if (c.type === 'code' && !c.executionCount) return false;
    }
    return w.sessionContext.session.kernel.status === 'idle';
}"""


def _rows_of(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def _outlined_and_in_sight(page, scope: str) -> bool:
    """True when the outlined span is inside the visible part of the scrolling article pane."""
    return page.evaluate(
        """(scope) => { const pane = document.querySelector(scope + ' .nl-article-pane');
        const mark = pane && pane.querySelector('.nl-highlight'); if (!mark) return false;
        const a = pane.getBoundingClientRect(), b = mark.getBoundingClientRect();
        return b.top >= a.top - 1 && b.top <= a.bottom; }""", scope)


def test_browser_notebook_runs_and_shows_both_widgets(page):
    errors = page.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']")
    assert page.locator(".jp-RenderedText[data-mime-type='application/vnd.jupyter.error']").count() == 0
    assert errors.count() == 0, errors.first.inner_text()
    assert page.locator(".newslab-explorer").count() == 1
    assert page.locator(".newslab-review").count() == 1
    assert "0 reviewed" in page.locator(".newslab-review .nl-status").inner_text()


def test_browser_review_clicks_are_saved(page, lab):
    review = page.locator(".newslab-review")
    status = review.locator(".nl-status")
    review.scroll_into_view_if_needed()
    assert review.locator(".nl-article-pane .nl-highlight").count() >= 1
    page.wait_for_function(
        "(s) => { const pane = document.querySelector(s + ' .nl-article-pane'); const m = pane && pane.querySelector('.nl-highlight');"
        " if (!m) return false; const a = pane.getBoundingClientRect(), b = m.getBoundingClientRect();"
        " return b.top >= a.top - 1 && b.top <= a.bottom; }", arg=".newslab-review", timeout=10_000)

    review.get_by_role("button", name="Right", exact=True).click()
    page.wait_for_function("() => document.querySelector('.newslab-review .nl-status').textContent.includes('1 reviewed')")
    review.get_by_role("button", name="Not a statement", exact=True).click()
    page.wait_for_function("() => document.querySelector('.newslab-review .nl-status').textContent.includes('2 reviewed')")
    review.get_by_role("button", name="Wrong speaker", exact=True).click()
    speaker = review.locator("input[placeholder^='correct speaker']")
    speaker.wait_for(state="visible")
    speaker.fill("Evo Morales")
    speaker.press("Tab")
    review.get_by_role("button", name="save speaker").click()
    page.wait_for_function("() => document.querySelector('.newslab-review .nl-status').textContent.includes('3 reviewed')")
    assert "Statement 4 of" in status.inner_text()

    deadline = time.monotonic() + 10
    while True:
        rows = _rows_of(lab["review_csv"])
        if (rows["verdict"] != "").sum() >= 3 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert rows["verdict"].tolist()[:4] == ["right", "not_statement", "wrong_speaker", ""]
    assert rows.loc[2, "correct_speaker"] == "Evo Morales"
    assert not list(lab["root"].glob(".review.csv.*"))  # no temporary file left by the atomic writes


def test_browser_filter_shows_only_matching_rows(page, nlp):
    import newslab as nl

    tables = nl.analyze(nl.datasets.wikinews(5, seed=1), nlp=nlp, progress=False)
    n_direct = int((tables.quotes["kind"] == "direct").sum())
    explorer = page.locator(".newslab-explorer")
    explorer.scroll_into_view_if_needed()
    kind = explorer.locator(".widget-dropdown", has=page.locator("label", has_text=re.compile(r"^kind$"))).locator("select")
    kind.select_option(label="direct")
    page.wait_for_function("() => document.querySelector('.newslab-explorer .nl-status').textContent.includes('kind: direct')")
    assert explorer.locator(".nl-status").inner_text().startswith(f"{n_direct} of {len(tables.quotes)} quotes")
    shown = explorer.locator(".nl-row:visible")
    assert shown.count() == min(n_direct, 20)
    for k in range(shown.count()):
        cells = shown.nth(k).locator(":scope > div").all_inner_texts()
        assert cells[3] == "direct", cells
    # "show" opens the row's article with the row outlined and scrolled into sight.
    explorer.get_by_role("button", name="show").first.click()
    page.wait_for_function(
        "() => !!document.querySelector('.newslab-explorer .nl-article-pane .nl-highlight')", timeout=10_000)
    page.wait_for_function(
        "(s) => { const pane = document.querySelector(s + ' .nl-article-pane'); const m = pane && pane.querySelector('.nl-highlight');"
        " if (!m) return false; const a = pane.getBoundingClientRect(), b = m.getBoundingClientRect();"
        " return b.top >= a.top - 1 && b.top <= a.bottom; }", arg=".newslab-explorer", timeout=10_000)
    assert _outlined_and_in_sight(page, ".newslab-explorer")
    shots = os.environ.get("NEWSLAB_SCREENSHOTS")  # a folder: keep pictures of both widgets to look at
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        explorer.screenshot(path=str(Path(shots) / "explorer.png"))
        page.locator(".newslab-review").screenshot(path=str(Path(shots) / "review.png"))
