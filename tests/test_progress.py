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
