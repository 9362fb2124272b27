"""The progress bar class newslab uses for long batch work.

``tqdm.auto`` picks tqdm's widget bar inside Jupyter, but when ipywidgets is not
installed it warns ("IProgress not found") and falls back to the text bar. The
project's environment does not ship ipywidgets (a widget bar would also show as
an unreadable ``HBox(...)`` in exported HTML reports), so newslab makes the same
choice without the warning: the widget bar when ipywidgets is importable in a
Jupyter kernel, else the plain text bar, which Jupyter shows fine.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import Any

__all__ = ["progress_class"]


def _in_kernel() -> bool:
    """True inside a Jupyter kernel (IPython already imported and running as a kernel app)."""
    ipython = sys.modules.get("IPython")
    if ipython is None:
        return False
    try:
        shell = ipython.get_ipython()
    except Exception:  # noqa: BLE001 - any failure means "not in a kernel"
        return False
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def progress_class() -> type[Any]:
    """The tqdm class to use: the notebook widget bar when possible, else the text bar.

    Returns:
        ``tqdm.notebook.tqdm`` inside a Jupyter kernel with ipywidgets installed,
        else ``tqdm.std.tqdm``. Never warns.

    Example:
        >>> progress_class().__module__
        'tqdm.std'
    """
    if _in_kernel() and importlib.util.find_spec("ipywidgets") is not None:
        from tqdm.notebook import tqdm as notebook_tqdm

        return notebook_tqdm
    from tqdm.std import tqdm as text_tqdm

    return text_tqdm
