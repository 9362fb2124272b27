"""Interrupting ``newslab analyze`` and determinism of its output, in real subprocesses.

tests/test_cli.py already kills a first run at random points (SIGKILL, SIGTERM,
SIGINT) and resumes it; this file covers what it does not:

* killing a re-run that would *replace an existing dataset*: until the new
  dataset is committed, ``read_tables`` must return the old one, complete and
  byte-for-byte unchanged; never a mix or a partial dataset;
* killing a run with worker processes (``--n-process 2``): no orphaned worker
  may survive its parent, and the resumed run still equals an uninterrupted one;
* byte-identical Parquet from fresh processes with different hash seeds
  (``PYTHONHASHSEED``: set iteration order) and with ``--n-process`` 1 and 2.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

import newslab as nl
from newslab.cli import main
from newslab.schema import TABLE_NAMES

ROOT = Path(__file__).resolve().parent.parent

# Short wire-style paragraphs written for these tests; numbered so every article differs.
PARAGRAPHS = [
    'The regional council voted 5-4 on Monday to close two libraries, council leader Amy Cho said. '
    '"It was the hardest decision of my career," she told the Gazette.',
    'GENEVA (AP) - Talks on the grain deal stalled again on Thursday, a UN spokesman said, without giving details.',
    'Shares in the airline fell 8% after it cut its profit forecast to €1.2 billion, according to a statement.',
    '"We are not going anywhere," striking nurse Priya Nair said outside the hospital, where about 300 staff walked out.',
    'Firefighters said the blaze destroyed 40 hectares of forest. Nobody was hurt, police said.',
    'The minister, speaking to the BBC, said the 2.5 percent pay offer was "final". Unions called it an insult.',
]


def write_corpus(path: Path, n: int) -> Path:
    lines = [
        json.dumps({"id": f"k{i:03d}", "title": f"Story {i}", "date": f"2024-05-{i % 28 + 1:02d}",
                    "source": "Test Wire", "text": f"{PARAGRAPHS[i % len(PARAGRAPHS)]}\n\nThis is report {i} of {n}."})
        for i in range(n)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def dataset_bytes(folder: Path) -> dict[str, bytes]:
    """The visible files of a dataset folder (hidden entries such as the cache excluded)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith(".")}


def start(args: list[str], *, seed: str = "0") -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed}
    # A session of its own, so the test can find (and finally clean up) every process the run starts.
    return subprocess.Popen([sys.executable, "-m", "newslab", "analyze", *args, "--no-progress"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def group_members(pgid: int) -> list[int]:
    """Live (non-zombie) processes in process group ``pgid``."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


def cleanup(proc: subprocess.Popen) -> None:
    """Kill whatever is left of a run this test started (its own process group only)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def cached_chunks(out: Path) -> int:
    return len([p for p in out.glob(".cache/v*/*/chunks/*") if not p.name.startswith(".")])


def wait_for_progress(proc: subprocess.Popen, out: Path, before: int, timeout: float = 180) -> None:
    """Wait until the run has cached new work (so the kill lands mid-analysis, not during spaCy's load)."""
    deadline = time.monotonic() + timeout
    while cached_chunks(out) == before and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)


@pytest.fixture(scope="module")
def corpora(tmp_path_factory, nlp):
    """An old corpus (8 articles) with its dataset, and a grown corpus (20) with its reference dataset."""
    base = tmp_path_factory.mktemp("interrupt")
    old = write_corpus(base / "old.jsonl", 8)
    new = write_corpus(base / "new.jsonl", 20)
    assert main(["analyze", str(old), "--out", str(base / "old-ref"), "--no-progress", "--no-cache"]) == 0
    assert main(["analyze", str(new), "--out", str(base / "new-ref"), "--no-progress", "--no-cache"]) == 0
    return {"old": old, "new": new, "old_ref": base / "old-ref", "new_ref": base / "new-ref"}


def test_interrupt_rerun_never_damages_existing_dataset(corpora, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", str(corpora["old"]), "--out", str(out), "--no-progress"]) == 0
    old = dataset_bytes(out)
    assert old == dataset_bytes(corpora["old_ref"])
    new = dataset_bytes(corpora["new_ref"])
    args = [str(corpora["new"]), "--out", str(out), "--chunk-size", "3"]
    rng = random.Random(20240501)
    for sig in (signal.SIGKILL, signal.SIGINT, signal.SIGKILL):
        before = cached_chunks(out)
        proc = start(args)
        try:
            wait_for_progress(proc, out, before)
            time.sleep(rng.uniform(0.0, 0.8))
            proc.send_signal(sig)
            proc.communicate(timeout=120)
        finally:
            cleanup(proc)
        # Old dataset intact, or (if the kill came after the commit) the complete new one; never a mix.
        now = dataset_bytes(out)
        assert now in (old, new), "interrupted re-run left a partial or mixed dataset"
        nl.read_tables(out)
        if sig != signal.SIGKILL:
            # A graceful stop cleans its staging folder; after SIGKILL the next run does (checked below).
            assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "staging folder left after a graceful stop"
    proc = start(args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert dataset_bytes(out) == new
    back, reference = nl.read_tables(out), nl.read_tables(corpora["new_ref"])
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(back[name], reference[name], check_exact=True)
    assert not list(out.rglob(".tmp-*")) and not list(tmp_path.glob(".*"))


def test_interrupt_parallel_run_leaves_no_orphan_workers(corpora, tmp_path):
    out = tmp_path / "out"
    # Chunks of 10 articles make blocks of 4 for the pool (smaller chunks would run serially).
    args = [str(corpora["new"]), "--out", str(out), "--chunk-size", "10", "--n-process", "2"]
    proc = start(args)
    try:
        # Wait for the workers to exist, then kill only the parent.
        deadline = time.monotonic() + 180
        while len(group_members(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the run finished before it could be interrupted"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 20
        while group_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        orphans = group_members(proc.pid)
        assert not orphans, f"worker processes {orphans} outlived their killed parent"
    finally:
        cleanup(proc)
    assert not (out / "manifest.json").exists()
    # The resumed parallel run equals the uninterrupted serial one, byte for byte.
    proc = start(args)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert dataset_bytes(out) == dataset_bytes(corpora["new_ref"])


def test_interrupt_fresh_processes_byte_identical(corpora, tmp_path):
    # No cache, a different hash seed from this process and from each other, 1 and 2 processes:
    # the Parquet bytes must not depend on any of it.
    runs = {"seed1-n1": ("1", "1"), "seed2-n2": ("2", "2")}
    procs = {name: start([str(corpora["new"]), "--out", str(tmp_path / name), "--no-cache", "--n-process", n,
                          "--chunk-size", "7"], seed=seed) for name, (seed, n) in runs.items()}
    for name, proc in procs.items():
        try:
            _, err = proc.communicate(timeout=300)
        finally:
            cleanup(proc)
        assert proc.returncode == 0, err
        assert dataset_bytes(tmp_path / name) == dataset_bytes(corpora["new_ref"]), name


class StderrWatcher:
    """Reads a run's stderr as it comes and remembers how many articles the progress bar has counted."""

    _BAR = re.compile(r"\|\s*(\d+)/(\d+) \[")

    def __init__(self, proc: subprocess.Popen) -> None:
        self.text = ""
        self.done = 0
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, args=(proc.stderr,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for chunk in iter(lambda: os.read(stream.fileno(), 4096), b""):
            with self._lock:
                self.text += chunk.decode("utf-8", errors="replace")
                counts = [int(m.group(1)) for m in self._BAR.finditer(self.text)]
                self.done = max(counts, default=0)

    def wait_for(self, n: int, proc: subprocess.Popen, timeout: float = 180) -> None:
        deadline = time.monotonic() + timeout
        while self.done < n and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)

    def finish(self) -> str:
        self._thread.join(timeout=60)
        return self.text


def run_summary(err: str) -> tuple[int, int]:
    """``(from cache, analysed)`` from the command's last line."""
    m = re.search(r"([\d,]+) from cache, ([\d,]+) analysed", err)
    assert m, err
    return int(m.group(1).replace(",", "")), int(m.group(2).replace(",", ""))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupt_loses_at_most_the_article_in_progress(corpora, tmp_path, sig):
    # One text per nlp.pipe batch: at any moment at most one article is in progress. Every
    # article the progress bar has counted is finished, so it must be in the cache after the
    # kill, however the kill lands (Ctrl-C, or SIGKILL with no chance to clean up).
    out = tmp_path / "out"
    total = 20
    args = [str(corpora["new"]), "--out", str(out), "--batch-size", "1", "--chunk-size", "8"]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "newslab", "analyze", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    watcher = StderrWatcher(proc)
    try:
        # Kill after a varying number of finished articles (not after a sleep: on an idle machine
        # the remaining articles could all finish within the sleep), with at least 10 still to go.
        watcher.wait_for(random.Random(int(sig)).randint(1, total - 10), proc)
        assert proc.poll() is None, "the run finished before it could be interrupted"
        seen = watcher.done
        proc.send_signal(sig)
        proc.wait(timeout=120)
    finally:
        cleanup(proc)
    err = watcher.finish()
    assert not (out / "manifest.json").exists()
    resumed = start(args)
    _, resumed_err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, resumed_err
    cached, analysed = run_summary(resumed_err)
    assert cached + analysed == total
    assert cached >= seen >= 1, f"{seen} articles were counted finished before the kill, {cached} were kept"
    if sig == signal.SIGINT:
        assert proc.returncode == 130
        m = re.search(r"interrupted; ([\d,]+) finished articles are kept in the cache", err)
        assert m, err
        assert int(m.group(1)) == cached, "the interrupt message must give the true count"
    assert dataset_bytes(out) == dataset_bytes(corpora["new_ref"])
    assert not list((out / ".cache").rglob("*.jsonl")), "the journal is folded into the cache and removed"
