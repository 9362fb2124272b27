"""The progress bars of long batch work: which tqdm class, and the article counter of a run.

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

__all__ = ["progress_class", "ArticleProgress"]


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


class ArticleProgress:
    """A progress bar over the articles a run analyses, with articles taken from the cache counted apart.

    The bar's count, rate and ETA are about analysed articles only: a block
    of cached articles would otherwise make the count jump and the rate read
    thousands of articles per second, and the ETA would then say 00:00 for
    the minutes the remaining articles still take. Cached articles come off
    the total and are shown as ``N from cache`` after the rate.

    Args:
        total: Articles in the run, when known (cached ones are subtracted as they are found).
        disable: Show nothing (``--no-progress``).
        file: Stream to write to (default: tqdm's, stderr).
        bar_class: The tqdm class (default :func:`progress_class`).

    Example:
        >>> import io
        >>> bar = ArticleProgress(total=10, file=io.StringIO())
        >>> bar.cached(4); bar.update(2)
        >>> bar.n, bar.total, bar.n_cached
        (2, 6, 4)
        >>> bar.close()
    """

    def __init__(self, total: int | None, *, disable: bool = False, file: Any = None, bar_class: type[Any] | None = None) -> None:
        cls = bar_class or progress_class()
        options: dict[str, Any] = {"file": file} if file is not None else {}
        self._bar = cls(total=total, unit="article", desc="newslab", smoothing=0.1, dynamic_ncols=True,
                        disable=disable, **options)
        self.n_cached = 0

    @property
    def n(self) -> int:
        """Articles analysed so far."""
        return int(self._bar.n)

    @property
    def total(self) -> int | None:
        """Articles to analyse (None when unknown)."""
        return self._bar.total

    def update(self, n: int = 1) -> None:
        """Count ``n`` articles analysed."""
        self._bar.update(n)

    def cached(self, n: int) -> None:
        """Count ``n`` articles taken from the cache: off the total, shown apart."""
        if n <= 0:
            return
        self.n_cached += n
        if self._bar.total is not None:
            self._bar.total = max(self._bar.n, self._bar.total - n)
        self._bar.set_postfix_str(f"{self.n_cached:,} from cache", refresh=False)
        self._bar.refresh()

    def status(self, text: str) -> None:
        """Show what the run is doing after the articles (e.g. writing the dataset)."""
        parts = [f"{self.n_cached:,} from cache"] if self.n_cached else []
        self._bar.set_postfix_str(", ".join([*parts, text]))

    def close(self) -> None:
        """Close the bar."""
        self._bar.close()
