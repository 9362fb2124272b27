"""The progress bars of long batch work: which tqdm class, and the article counter of a run.

newslab always uses tqdm's plain text bar, also inside Jupyter. The widget bar
(``tqdm.notebook``) only lives while the kernel runs: a saved notebook, an
exported HTML report or a run without the widget manager keeps its text copy,
which was frozen at the moment the bar was created ("0/8 [00:00<?]"), and
``tqdm.auto`` warns ("IProgress not found") where ipywidgets is missing. The
text bar redraws itself in place with carriage returns, which JupyterLab and
:func:`newslab.report.execute_notebook` (streams coalesced) show as one line in
its final state.
"""

from __future__ import annotations

from typing import Any

__all__ = ["progress_class", "ArticleProgress"]


def progress_class() -> type[Any]:
    """The tqdm class to use: the text bar, in a terminal and in Jupyter alike.

    Returns:
        ``tqdm.std.tqdm``. Never warns.

    Example:
        >>> progress_class().__module__
        'tqdm.std'
    """
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
