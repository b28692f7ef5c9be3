"""First-sight log: score a new batch of real releases before any change is made for it.

Usage (from the repo root, right after the batch's gold is written and before touching the code for it):
    .venv/bin/python bench/first_sight.py --batch 1 --prefix 3      # documents corpus/unseen/3*.txt
    .venv/bin/python bench/first_sight.py --show                    # print the log

Runs the extractor on the batch's texts, scores them against ``gold/unseen`` (the same numbers as
``../shared/tools/score.py``) and appends one row to ``bench/first_sight.csv``. A batch already in the log
is refused: a row is never edited or replaced, so the log stays the honest measure of how the extractor
does on text it has not seen.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

from extractor.engine.extract import Extractor
from extractor.evaluate.scoring import score
from extractor.read.record_io import load_records

ROOT = Path(__file__).resolve().parents[1]
LOG = ROOT / "bench" / "first_sight.csv"
COLUMNS = [
    "date",
    "commit",
    "batch",
    "documents",
    "strict_micro_f1",
    "norm_micro_f1",
    "role_facts_f1",
    "agreement_facts_f1",
    "signing_date",
    "published_found",
    "published_stated",
    "published_spurious",
]


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "extractor", "patterns"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return out.stdout.strip() + ("+dirty" if dirty else "")


def _logged_batches() -> set[str]:
    if not LOG.exists():
        return set()
    with open(LOG, encoding="utf-8", newline="") as fh:
        return {row["batch"] for row in csv.DictReader(fh)}


def score_batch(corpus: Path, gold_dir: Path, prefix: str) -> dict:
    """Extract the batch's texts and score them against their gold."""
    gold = {k: v for k, v in load_records(gold_dir).items() if k.startswith(prefix)}
    if not gold:
        sys.exit(f"error: no gold record in {gold_dir} starts with {prefix!r}")
    ex = Extractor()
    texts = [((corpus / f"{d}.txt").read_text("utf-8"), d, None) for d in sorted(gold)]
    pred = {r.doc_id: r for r in ex.pipe(texts)}
    return score(gold, pred) | {"n": len(gold)}


def row(batch: str, result: dict) -> dict:
    """The log row of one scored batch."""
    facts, pub = result["facts"], result["published"]
    found = round(pub["accuracy"] * pub["gold"])
    return {
        "date": date.today().isoformat(),
        "commit": _commit(),
        "batch": batch,
        "documents": result["n"],
        "strict_micro_f1": result["strict"]["micro"]["f1"],
        "norm_micro_f1": result["normalised"]["micro"]["f1"],
        "role_facts_f1": facts["role"]["f1"],
        "agreement_facts_f1": facts["agreement"]["f1"],
        "signing_date": result["agreement_attributes"]["date"],
        "published_found": found,
        "published_stated": pub["gold"],
        "published_spurious": pub["spurious"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batch", help="batch name written to the log")
    ap.add_argument("--prefix", help="doc_id prefix of the batch's documents")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "unseen")
    ap.add_argument("--gold", type=Path, default=ROOT / "gold" / "unseen")
    ap.add_argument("--show", action="store_true", help="print the log and exit")
    args = ap.parse_args()
    if args.show or not args.batch:
        print(LOG.read_text("utf-8") if LOG.exists() else "the log is empty")
        return
    if args.batch in _logged_batches():
        sys.exit(f"error: batch {args.batch!r} is already in {LOG.name}; rows are never replaced")
    new = row(args.batch, score_batch(args.corpus, args.gold, args.prefix or ""))
    first = not LOG.exists()
    with open(LOG, "a", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        if first:
            writer.writeheader()
        writer.writerow(new)
    print(", ".join(f"{k}={v}" for k, v in new.items()))


if __name__ == "__main__":
    main()
