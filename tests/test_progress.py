"""Tests for newslab.progress: a progress bar that never warns."""

from __future__ import annotations

import sys
import types
import warnings

import pytest

from newslab.progress import progress_class


def test_progress_text_bar_outside_jupyter():
    from tqdm.std import tqdm

    assert progress_class() is tqdm


@pytest.mark.parametrize("has_widgets", [True, False])
def test_progress_kernel_gives_text_bar_without_warning(monkeypatch, has_widgets):
    # The widget bar's saved copy is frozen at 0% in reports, so Jupyter gets the text bar too.
    shell = types.SimpleNamespace(config={"IPKernelApp": {}})
    fake = types.ModuleType("IPython")
    fake.get_ipython = lambda: shell
    monkeypatch.setitem(sys.modules, "IPython", fake)
    monkeypatch.setattr("importlib.util.find_spec", lambda name, *a, **k: object() if has_widgets or name != "ipywidgets" else None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cls = progress_class()
        bar = cls(total=2, disable=True)
        bar.update(2)
        bar.close()
    assert cls.__module__ == "tqdm.std"


@pytest.mark.parametrize("broken", [lambda: (_ for _ in ()).throw(RuntimeError("no shell")), lambda: None])
def test_progress_odd_ipython_states(monkeypatch, broken):
    fake = types.ModuleType("IPython")
    fake.get_ipython = broken
    monkeypatch.setitem(sys.modules, "IPython", fake)
    assert progress_class().__module__ == "tqdm.std"


def _bar_text(stream) -> str:
    return stream.getvalue().split("\r")[-1]


def test_progress_cached_articles_counted_apart():
    import io

    from newslab.progress import ArticleProgress

    stream = io.StringIO()
    bar = ArticleProgress(total=700, file=stream)
    bar.cached(500)  # a block of cached articles: not work done now
    assert (bar.n, bar.total, bar.n_cached) == (0, 200, 500)
    assert "0/200" in _bar_text(stream) and "500 from cache" in _bar_text(stream)
    bar.update(3)
    assert (bar.n, bar.total) == (3, 200)
    bar.close()


def test_progress_rate_and_eta_ignore_cached_articles(monkeypatch):
    import io

    from newslab.progress import ArticleProgress

    clock = {"t": 1000.0}
    monkeypatch.setattr("tqdm.std.time", lambda: clock["t"])  # a clock the test moves
    stream = io.StringIO()
    bar = ArticleProgress(total=700, file=stream)
    bar.cached(500)
    for _ in range(20):  # 20 articles analysed at 10 per second
        clock["t"] += 0.1
        bar.update(1)
    bar._bar.refresh()
    text = _bar_text(stream)
    assert "20/200" in text
    assert "10.00article/s" in text
    assert "00:18" in text  # 180 articles left at 10 per second
    bar.close()


def test_progress_unknown_total_and_disabled():
    import io

    from newslab.progress import ArticleProgress

    bar = ArticleProgress(total=None, file=io.StringIO())
    bar.cached(5)
    bar.update(2)
    bar.status("writing the dataset")
    assert (bar.n, bar.total, bar.n_cached) == (2, None, 5)
    bar.close()
    quiet = io.StringIO()
    off = ArticleProgress(total=10, disable=True, file=quiet)
    off.cached(4)
    off.update(1)
    off.status("writing the dataset")
    off.close()
    assert quiet.getvalue() == ""
