"""The teaching notebooks: executed from a clean kernel, committed clean, written by the house rules.

Every notebook in notebooks/ is executed once per test session with
:func:`newslab.report.execute_notebook` (a fresh kernel running this
interpreter, working directory notebooks/, as in JupyterLab). Two notebooks run
at a time in threads (each kernel is its own process), which halves the wall
time on two cores. The static checks read the committed files only.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"))
IDS = [p.stem for p in NOTEBOOKS]

#: The issue's budget: every notebook runs in under a minute.
MAX_SECONDS = 60

EXPECTED = {
    "00-quickstart",
    "01-source-attribution",
    "02-sentiment",
    "03-entity-frequency",
    "04-figures",
    "05-corpus",
    "06-validate",
}

_FORBIDDEN = [
    (re.compile(r"^\s*[!%]\s*pip\b", re.MULTILINE), "installs packages (!pip / %pip)"),
    (re.compile(r"^\s*!", re.MULTILINE), "runs shell commands (!)"),
    (re.compile(r"\bsys\.path\b"), "edits sys.path"),
    (re.compile(r"\bfilterwarnings\b|\bsimplefilter\b|catch_warnings"), "silences warnings"),
    (re.compile(r"https?://|\bftp://"), "refers to a network address"),
    (re.compile(r"\b(?:urllib|requests|httpx|urlopen|wget|curl)\b"), "fetches from the network"),
    (re.compile(r"\.\./\.\./shared|/work/shared"), "reads data outside the project"),
]


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _code_cells(nb: dict) -> list[dict]:
    return [c for c in nb["cells"] if c["cell_type"] == "code"]


def _source(cell: dict) -> str:
    src = cell["source"]
    return "".join(src) if isinstance(src, list) else src


def _tags(cell: dict) -> list[str]:
    return list(cell.get("metadata", {}).get("tags", []))


def test_notebooks_all_present():
    assert EXPECTED <= set(IDS), f"missing notebooks: {sorted(EXPECTED - set(IDS))}"


# --- static checks on the committed files ---------------------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebooks_committed_without_outputs(path):
    nb = _load(path)
    for cell in _code_cells(nb):
        assert cell.get("outputs") == [], f"{path.name}: a code cell has outputs:\n{_source(cell)[:200]}"
        assert cell.get("execution_count") is None, f"{path.name}: a code cell has an execution count"
    assert "widgets" not in nb.get("metadata", {}), f"{path.name}: notebook metadata holds widget state"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebooks_cell_ids_unique(path):
    ids = [c.get("id") for c in _load(path)["cells"]]
    assert all(ids) and len(set(ids)) == len(ids), f"{path.name}: duplicate or missing cell ids"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebooks_have_parameters_cell_first(path):
    nb = _load(path)
    code = _code_cells(nb)
    tagged = [c for c in code if "parameters" in _tags(c)]
    assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters'"
    assert code[0] is tagged[0], f"{path.name}: the parameters cell must be the first code cell"
    assert re.search(r"^[A-Z][A-Z0-9_]* = ", _source(tagged[0]), re.MULTILINE), "parameters are UPPER_CASE assignments"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebooks_follow_house_rules(path):
    nb = _load(path)
    for cell in _code_cells(nb):
        src = _source(cell)
        for pattern, what in _FORBIDDEN:
            assert not pattern.search(src), f"{path.name}: a cell {what}:\n{src[:300]}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebooks_teaching_structure(path):
    nb = _load(path)
    markdown = "\n".join(_source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    first = _source(nb["cells"][0])
    assert nb["cells"][0]["cell_type"] == "markdown" and first.startswith("# "), f"{path.name}: opens with a title"
    assert "what you will learn" in first.lower(), f"{path.name}: the first cell says what the reader will learn"
    assert re.search(r"^## Recap", markdown, re.MULTILINE), f"{path.name}: has a Recap section"
    assert re.search(r"^## Your turn", markdown, re.MULTILINE), f"{path.name}: has a 'Your turn' section"
    solutions = [c for c in _code_cells(nb) if "solution" in _tags(c)]
    assert len(solutions) >= 2, f"{path.name}: needs exercises with solution cells"
    for cell in solutions:
        assert cell["metadata"].get("jupyter", {}).get("source_hidden") is True, f"{path.name}: solutions are hidden"
    assert "expand" in markdown.lower(), f"{path.name}: tells the reader how to expand the solutions"


# --- execution ------------------------------------------------------------------------------------


# `executed` (every notebook run once per session, two at a time) is in conftest.py, shared with
# tests/test_notebook_claims.py, which checks what the notebooks show.


@pytest.mark.parametrize("stem", IDS)
def test_notebooks_execute_without_errors(executed, stem):
    run = executed[stem]
    assert run.ok, f"{stem} failed:\n{run.error}"
    errors = [
        out
        for cell in run.notebook.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    assert not errors, f"{stem}: error outputs {errors}"


def _explained(stem: str, text: str) -> bool:
    # Real data gives data-quality notes (a quotation mark that pairs with nothing): a
    # newslab warning that the notebook's own text names and explains is teaching, not noise.
    import newslab.errors as errors

    if "Traceback" in text:
        return False
    names = set(re.findall(r"\b(\w+Warning)\b", text))
    markdown = "\n".join(_source(c) for c in _load(ROOT / "notebooks" / f"{stem}.ipynb")["cells"] if c["cell_type"] == "markdown")
    return bool(names) and all(
        isinstance(getattr(errors, n, None), type) and issubclass(getattr(errors, n), errors.NewslabWarning) and f"`{n}`" in markdown
        for n in names
    )


@pytest.mark.parametrize("stem", IDS)
def test_notebooks_show_no_warnings(executed, stem):
    # A warning in a teaching notebook confuses readers; the fix belongs in the
    # library or the notebook, never in a filter. The one exception: a newslab
    # data-quality warning that the notebook names (in backticks) and explains.
    warned = [text for text in executed[stem].stderr if ("Warning" in text or "Traceback" in text) and not _explained(stem, text)]
    assert not warned, f"{stem} printed warnings:\n" + "\n".join(warned)


@pytest.mark.parametrize("stem", IDS)
def test_notebooks_run_under_a_minute(executed, stem):
    seconds = executed[stem].seconds
    assert seconds < MAX_SECONDS, f"{stem} took {seconds:.1f} s (budget {MAX_SECONDS} s)"


@pytest.mark.parametrize("stem", IDS)
def test_notebooks_leave_the_notebooks_folder_clean(executed, stem):
    # Charts and data go to reports/ or a temp folder, never beside the notebooks.
    leftovers = [p.name for p in (ROOT / "notebooks").iterdir() if p.suffix not in (".ipynb",) and p.name != ".ipynb_checkpoints"]
    assert not leftovers, f"files written into notebooks/: {leftovers}"


def test_notebooks_report_html_is_self_contained(executed):
    from newslab.report import to_html

    page = to_html(executed["01-source-attribution"].notebook)
    assert "<html" in page and "read_articles" in page
    assert "data:image/png;base64" in page, "charts are embedded"
    assert not re.search(r"<(?:script|link|img)[^>]+(?:src|href)=[\"']?https?://", page), "nothing fetched when opened"
    assert "<details class='newslab-solution'" in page, "solutions are folded"
    assert page.count("<details class='newslab-solution'") == page.count("</details>")


def test_notebooks_report_shows_widgets_as_static_copies(executed):
    # Without a kernel the explorer and the review degrade to static tables that say so, and the
    # report loads no widget manager from a CDN.
    from newslab.report import to_html

    run = executed["06-validate"]
    assert "widgets" in run.notebook.metadata  # the executed notebook holds live widget state ...
    page = to_html(run.notebook)
    assert "static copy of newslab&#x27;s explorer" in page or "static copy of newslab's explorer" in page
    assert "static copy of newslab&#x27;s review" in page or "static copy of newslab's review" in page
    assert "application/vnd.jupyter.widget-state+json" not in page  # ... which the report leaves out
    assert not re.search(r"<script[^>]+src=[\"']?https?://", page)


def test_notebooks_report_command(tmp_path, monkeypatch):
    # The CLI on a one-cell notebook: HTML and index written, exit status 0; a failing cell gives 1.
    import nbformat
    from nbformat import v4

    from newslab.report import main

    good, bad = tmp_path / "nb", tmp_path / "bad"
    good.mkdir()
    bad.mkdir()
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("print(6 * 7)")]), good / "01-ok.ipynb")
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("1 / 0")]), bad / "01-broken.ipynb")
    assert main([str(good), "--out", str(tmp_path / "out")]) == 0
    assert "42" in (tmp_path / "out" / "01-ok.html").read_text(encoding="utf-8")
    assert (tmp_path / "out" / "index.html").is_file()
    assert main([str(bad), "--out", str(tmp_path / "out2")]) == 1
    assert main([str(tmp_path / "missing"), "--out", str(tmp_path / "out3")]) == 2


def test_notebooks_kernel_is_this_interpreter(tmp_path):
    # Whatever kernelspecs the machine has, notebooks run on the project's Python
    # (the one running the tests), in the notebook's folder.
    import sys

    import nbformat
    from nbformat import v4

    from newslab.report import execute_notebook

    path = tmp_path / "where.ipynb"
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell("import os, sys\nprint(sys.executable)\nprint(os.getcwd())")]), path)
    run = execute_notebook(path, timeout=60)
    assert run.ok, run.error
    printed = run.notebook.cells[0].outputs[0]["text"].splitlines()
    assert printed[0] == sys.executable
    assert Path(printed[1]).resolve() == tmp_path.resolve()


def test_notebooks_progress_bar_shows_once(tmp_path):
    # A progress bar redraws itself many times; the executed notebook (and so the HTML report)
    # keeps one line, in its final state, not one line per redraw or a widget frozen at 0%.
    import nbformat
    from nbformat import v4

    from newslab.report import execute_notebook

    path = tmp_path / "bar.ipynb"
    code = (
        "from newslab.progress import progress_class\n"
        "bar = progress_class()(total=8, unit='article', desc='newslab', mininterval=0)\n"
        "for _ in range(8):\n    bar.update(1)\nbar.close()"
    )
    nbformat.write(v4.new_notebook(cells=[v4.new_code_cell(code)]), path)
    run = execute_notebook(path, timeout=60)
    assert run.ok, run.error
    outputs = run.notebook.cells[0].outputs
    assert len(outputs) == 1 and outputs[0]["output_type"] == "stream"
    lines = [line for line in outputs[0]["text"].splitlines() if line.strip()]
    assert len(lines) == 1 and "8/8" in lines[0] and "100%" in lines[0], outputs[0]["text"]
