# Every target creates .venv on first use and installs pinned dependencies from
# constraints.txt, so a fresh machine needs only Python 3 (>= 3.10) and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXTRAS := lab,test,web,dask,bench

TRAIN_STAMP := $(VENV)/.train-stamp

.PHONY: lab test browser-test wordnet report bench bench-sentiment train-sentiment venv clean

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --constraint constraints.txt --editable ".[$(EXTRAS)]"
	touch $(STAMP)

lab: $(STAMP)
	$(VENV)/bin/jupyter lab notebooks/ $(LAB_ARGS)

test: $(STAMP)
	$(PY) -m pytest -q

# The real-browser test (tests/test_browser.py): Debian's chromium (apt-get, as root) and
# Playwright's Python package (never its browser download), installed when missing.
browser-test: $(STAMP)
	command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)
	$(PY) -c "import playwright" 2>/dev/null || $(PY) -m pip install --quiet --constraint constraints.txt playwright
	$(PY) -m pytest -q -p no:cacheprovider -rs tests/test_browser.py

# WordNet 3.0 (Debian's wordnet-base), read by data/build_*.py and the learned-statements experiment's tests.
wordnet:
	test -f /usr/share/wordnet/index.verb || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wordnet-base)

report: $(STAMP)
	$(PY) -m newslab analyze seeds --out data/derived --no-progress
	$(PY) -m newslab.report notebooks --out reports

bench: $(STAMP)
	$(PY) benchmarks/run.py

# The training extra (scipy) is only needed to rebuild the target-sentiment model.
$(TRAIN_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --constraint constraints.txt --editable ".[$(EXTRAS),train]"
	touch $(TRAIN_STAMP)

# Rebuild newslab/data/target-sentiment.npz from data/newsmtsc/ (deterministic; see docs/sentiment.md).
train-sentiment: $(TRAIN_STAMP)
	$(PY) training/train_target_sentiment.py

# Target-sentiment accuracy (NewsMTSC devtest_mt), speed and cost inside analyze.
bench-sentiment: $(STAMP)
	$(PY) benchmarks/target_sentiment.py

clean:
	rm -rf $(VENV) reports data/derived
