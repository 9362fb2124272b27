"""Execute the teaching notebooks from a clean kernel and write them as HTML.

``python -m newslab.report notebooks --out reports`` (what ``make report`` runs)
executes every ``NN-*.ipynb`` in the folder, in order, each in a fresh kernel
started in the notebook's own folder (so relative paths such as ``../seeds``
work), and writes one self-contained HTML file per notebook (figures embedded)
plus ``index.html``. It exits with status 1 when any cell raises, after
executing the rest, and names the failing notebooks and cells.

The kernel always runs *this* Python interpreter (``sys.executable``), whatever
kernelspecs are installed on the machine: a notebook is tested against the
environment it ships with, and nothing is registered globally.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslab.errors import InputError, SourceNotFoundError

if TYPE_CHECKING:
    from jupyter_client.manager import AsyncKernelManager
    from nbformat import NotebookNode

__all__ = ["NotebookRun", "kernel_manager_class", "execute_notebook", "notebook_paths", "to_html", "build_report", "main"]

#: Seconds one cell may run before execution is abandoned.
DEFAULT_TIMEOUT = 120


@dataclass
class NotebookRun:
    """The outcome of executing one notebook.

    Attributes:
        path: The notebook file.
        notebook: The executed notebook (outputs included).
        seconds: Wall-clock time from kernel start to the last cell.
        error: ``None`` on success, else the error message (cell source and traceback).
        html_path: Where the HTML was written, when it was.
    """

    path: Path
    notebook: NotebookNode
    seconds: float
    error: str | None = None
    html_path: Path | None = None
    stderr: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every cell ran without an error."""
        return self.error is None


def kernel_manager_class(*, ipc_dir: str | os.PathLike | None = None) -> type[AsyncKernelManager]:
    """A kernel manager class whose "python3" kernel is this interpreter (``sys.executable``).

    Args:
        ipc_dir: Folder for the kernel's Unix sockets. When given (POSIX only),
            the kernel talks over IPC instead of local TCP, which keeps its
            traffic off the network and avoids jupyter_client's "running over
            TCP without encryption" warning.

    Returns:
        A ``jupyter_client.AsyncKernelManager`` subclass that launches
        ``sys.executable -m ipykernel_launcher``, ignoring any kernelspec
        installed for the user or the system (nothing is registered).
    """
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    spec = KernelSpec(
        argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        display_name=f"Python {sys.version_info.major}.{sys.version_info.minor} (newslab)",
        language="python",
        resource_dir="",
    )

    class _ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:  # noqa: ARG002 - one kernel only
            return spec

    use_ipc = ipc_dir is not None and os.name == "posix"

    class _Manager(AsyncKernelManager):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.kernel_spec_manager = _ThisInterpreter()
            if use_ipc:
                self.transport = "ipc"
                self.ip = str(Path(ipc_dir, "kernel"))

    return _Manager


def execute_notebook(path: str | os.PathLike, *, timeout: int = DEFAULT_TIMEOUT) -> NotebookRun:
    """Execute one notebook top to bottom in a fresh kernel, in the notebook's folder.

    The file on disk is not changed.

    Args:
        path: The ``.ipynb`` file.
        timeout: Seconds any one cell may take.

    Returns:
        A :class:`NotebookRun`; ``error`` holds the first failing cell's
        message when a cell raised (later cells are not run), and ``stderr``
        every text a cell wrote to standard error (warnings, for instance).

    Raises:
        SourceNotFoundError: The file does not exist.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    nb_path = Path(path)
    if not nb_path.is_file():
        raise SourceNotFoundError(f"No notebook at {nb_path}. Give the path of an .ipynb file.")
    nb = nbformat.read(nb_path, as_version=4)
    error = None
    with tempfile.TemporaryDirectory(prefix="newslab-kernel-") as ipc_dir:
        client = NotebookClient(
            nb,
            kernel_name="python3",
            kernel_manager_class=kernel_manager_class(ipc_dir=ipc_dir),
            timeout=timeout,
            allow_errors=False,
            # One stream output per cell, with carriage returns applied: a progress bar
            # shows once, in its final state, instead of one line per redraw.
            coalesce_streams=True,
            resources={"metadata": {"path": str(nb_path.resolve().parent)}},
        )
        start = time.perf_counter()
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError) as exc:
            error = str(exc)
        seconds = time.perf_counter() - start
    stderr = [
        out.get("text", "")
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.get("output_type") == "stream" and out.get("name") == "stderr"
    ]
    return NotebookRun(path=nb_path, notebook=nb, seconds=seconds, error=error, stderr=stderr)


def notebook_paths(folder: str | os.PathLike) -> list[Path]:
    """The notebooks of a folder in the order they are meant to be read (by file name).

    Raises:
        SourceNotFoundError: The folder does not exist.
        InputError: It holds no notebook.
    """
    root = Path(folder)
    if not root.is_dir():
        raise SourceNotFoundError(f"No folder at {root}. Give the folder that holds the notebooks.")
    paths = sorted(p for p in root.glob("*.ipynb") if not p.name.startswith("."))
    if not paths:
        raise InputError(f"No .ipynb files in {root}.")
    return paths


# JupyterLab's export template loads require.js, MathJax and mermaid from a CDN
# when the page is opened; the notebooks use none of them, and a report must
# open offline (a classroom without internet, an archive), so they are left out.
_OFFLINE_TEMPLATE = """{%- extends 'index.html.j2' -%}
{%- block html_head_js_requirejs -%}{%- endblock html_head_js_requirejs -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
"""
_SOLUTION_BEGIN = "NEWSLAB-SOLUTION-BEGIN-5f1c"
_SOLUTION_END = "NEWSLAB-SOLUTION-END-5f1c"


def to_html(notebook: NotebookNode) -> str:
    """One self-contained HTML page for an executed notebook (images embedded, no scripts fetched).

    Interactive widgets (:func:`newslab.explore`, :func:`newslab.review`) appear as
    their static copies, which say that they are. Cells tagged ``solution`` are folded into a ``<details>`` block ("Solution:
    click to show"), as they are collapsed in JupyterLab, so a reader of the
    report can try the exercise first. The notebook passed in is not changed.
    """
    import copy

    import jinja2
    from nbconvert import HTMLExporter
    from nbformat import v4

    nb = copy.deepcopy(notebook)
    # Saved widget state would make nbconvert load the widget manager from a CDN; without it,
    # widget outputs fall back to their static HTML copy (newslab's explorer and review say so).
    nb.metadata.pop("widgets", None)
    cells = []
    for cell in nb.cells:
        if "solution" in cell.get("metadata", {}).get("tags", []):
            # nbconvert escapes raw HTML, so plain markers go in and become tags afterwards.
            cells.append(v4.new_raw_cell(_SOLUTION_BEGIN, metadata={"raw_mimetype": "text/html"}))
            cells.append(cell)
            cells.append(v4.new_raw_cell(_SOLUTION_END, metadata={"raw_mimetype": "text/html"}))
        else:
            cells.append(cell)
    nb.cells = cells
    exporter = HTMLExporter(
        template_name="lab",
        template_file="newslab_offline.html.j2",
        extra_loaders=[jinja2.DictLoader({"newslab_offline.html.j2": _OFFLINE_TEMPLATE})],
        embed_images=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    body = body.replace(
        _SOLUTION_BEGIN,
        "<details class='newslab-solution' style='margin:0 0 1em 0'>"
        "<summary style='cursor:pointer;color:#0b5394;margin-left:1em'>Solution: click to show</summary>",
    )
    return body.replace(_SOLUTION_END, "</details>")


def _index(runs: Sequence[NotebookRun]) -> str:
    rows = "".join(
        f"<tr><td><a href='{html.escape(r.html_path.name)}'>{html.escape(r.path.stem)}</a></td>"
        f"<td>{'ok' if r.ok else 'FAILED'}</td><td style='text-align:right'>{r.seconds:.1f} s</td></tr>"
        for r in runs
        if r.html_path is not None
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>newslab notebooks</title></head>"
        "<body style='font-family:sans-serif;background:#fff;color:#222'><h1>newslab notebooks</h1>"
        "<table><thead><tr><th>notebook</th><th>status</th><th>run time</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></body></html>"
    )


def build_report(
    folder: str | os.PathLike, *, out: str | os.PathLike, timeout: int = DEFAULT_TIMEOUT
) -> list[NotebookRun]:
    """Execute every notebook of ``folder`` and write ``<stem>.html`` files and ``index.html`` into ``out``.

    A failing notebook is still written (with the error shown), so the HTML
    tells you where it broke.

    Args:
        folder: Folder with the ``.ipynb`` files.
        out: Output folder (created when missing).
        timeout: Seconds any one cell may take.

    Returns:
        One :class:`NotebookRun` per notebook, in file-name order.
    """
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    runs = []
    for path in notebook_paths(folder):
        run = execute_notebook(path, timeout=timeout)
        target = out_dir / f"{path.stem}.html"
        tmp = target.with_suffix(".html.tmp")
        tmp.write_text(to_html(run.notebook), encoding="utf-8")
        tmp.replace(target)
        run.html_path = target
        runs.append(run)
    (out_dir / "index.html").write_text(_index(runs), encoding="utf-8")
    return runs


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m newslab.report NOTEBOOK_DIR --out DIR [--timeout S]``."""
    parser = argparse.ArgumentParser(
        prog="python -m newslab.report",
        description="Execute newslab's notebooks from clean kernels and write them as HTML.",
    )
    parser.add_argument("folder", help="folder with the .ipynb notebooks (e.g. notebooks)")
    parser.add_argument("--out", default="reports", help="folder for the HTML files (default: reports)")
    parser.add_argument("--timeout", type=int, default=DEFAULT_TIMEOUT, help="seconds per cell (default: %(default)s)")
    args = parser.parse_args(argv)
    try:
        runs = build_report(args.folder, out=args.out, timeout=args.timeout)
    except (SourceNotFoundError, InputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for run in runs:
        status = "ok" if run.ok else "FAILED"
        print(f"{status:6} {run.seconds:6.1f} s  {run.path.name} -> {run.html_path}")
    failed = [r for r in runs if not r.ok]
    for run in failed:
        print(f"\n--- {run.path.name} failed ---\n{run.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
