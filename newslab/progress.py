"""The progress bar class newslab uses for long batch work.

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

__all__ = ["progress_class"]


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
