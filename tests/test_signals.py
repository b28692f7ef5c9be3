"""Runs as processes: one run per output folder, Ctrl-C / SIGTERM with worker processes, parent killed."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import CORPUS

HANG = 120  # seconds before a stuck process counts as hung (a failure, not a timing)


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    """400 corpus texts in one JSONL file: a run that lasts long enough to be interrupted."""
    texts = [p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    path = tmp_path_factory.mktemp("many") / "many.jsonl"
    path.write_text(
        "".join(json.dumps({"doc_id": f"d{i}", "text": texts[i % len(texts)]}) + "\n" for i in range(400)),
        encoding="utf-8",
    )
    return path


def _start(args, **kw):
    return subprocess.Popen(
        [sys.executable, "-m", "extractor", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kw,
    )


def _wait_for(check, what):
    deadline = time.monotonic() + HANG
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.1)


def _records(out: Path) -> int:
    path = out / "records.jsonl"
    return path.read_bytes().count(b"\n") if path.exists() else 0


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid``, read from /proc (no ``ps`` needed)."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            kids.append(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")  # a zombie has exited


def test_a_second_run_into_the_same_folder_is_refused_with_one_line(many, tmp_path):
    out = tmp_path / "out"
    first = _start(["run", str(many), "--out", str(out), "--quiet"])
    _wait_for(lambda: _records(out) > 0, "the first run's first record")
    second = subprocess.run(
        [sys.executable, "-m", "extractor", "run", str(CORPUS), "--out", str(out), "--quiet"],
        capture_output=True,
        text=True,
        timeout=HANG,
    )
    first.terminate()
    first.communicate(timeout=HANG)
    assert second.returncode == 2
    assert second.stderr.strip().count("\n") == 0 and "Traceback" not in second.stderr
    assert f"is being written by another run (pid {first.pid}" in second.stderr
    data = (out / "records.jsonl").read_bytes()
    assert b"\x00" not in data and all(
        json.loads(line)["doc_id"].startswith("d") for line in data.splitlines()
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig,code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_a_signal_stops_parent_and_workers_with_one_line(many, tmp_path, sig, code):
    out = tmp_path / "out"
    run = _start(["run", str(many), "--out", str(out), "--quiet", "--n-process", "2"], start_new_session=True)
    _wait_for(lambda: _records(out) > 0, "the first record")
    workers = _children(run.pid)
    assert len(workers) >= 2
    if sig == signal.SIGINT:
        os.killpg(run.pid, sig)  # Ctrl-C reaches the whole process group
    else:
        os.kill(run.pid, sig)  # SIGTERM from a supervisor reaches the parent only
    _, err = run.communicate(timeout=HANG)
    assert run.returncode == code, err
    assert err.strip().startswith("error: interrupted") and err.strip().count("\n") == 0, err
    _wait_for(lambda: not any(_alive(w) for w in workers), "the workers to exit")
    lines = (out / "records.jsonl").read_bytes().splitlines()
    assert all(json.loads(line)["doc_id"] for line in lines)  # whole records only
    assert not (out / "manifest.json").exists()  # an interrupted run never looks complete
    resumed = subprocess.run(
        [sys.executable, "-m", "extractor", "run", str(many), "--out", str(out), "--quiet", "--resume"],
        capture_output=True,
        text=True,
        timeout=10 * HANG,
    )
    assert resumed.returncode == 0, resumed.stderr
    assert _records(out) == 400 and (out / "manifest.json").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux only")
def test_workers_exit_when_the_parent_is_killed(many, tmp_path):
    out = tmp_path / "out"
    run = _start(["run", str(many), "--out", str(out), "--quiet", "--n-process", "2"], start_new_session=True)
    _wait_for(lambda: _records(out) > 0, "the first record")
    workers = _children(run.pid)
    assert len(workers) >= 2
    run.kill()
    run.communicate(timeout=HANG)
    _wait_for(lambda: not any(_alive(w) for w in workers), "orphaned workers to exit")
