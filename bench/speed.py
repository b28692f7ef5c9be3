"""Speed and memory: bare spaCy en_core_web_sm vs the full extractor, on the same texts, in one run.

    python bench/speed.py [--docs 200] [--rss]

Prints words/s of both and their ratio, the extractor with --n-process 1 and 2, and (with --rss) the
peak RSS of `extractor run` on N and 10 x N documents, each in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    """N texts made by cycling the bundled corpus."""
    texts = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    return [texts[i % len(texts)] for i in range(n)]


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bare_spacy(texts: list[str]) -> float:
    import spacy

    from extractor.pipeline import MODEL_NAMES

    nlp = spacy.load(MODEL_NAMES[0])
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - t0


def full_extractor(texts: list[str], n_process: int) -> float:
    from extractor.export import tables
    from extractor.extract import Extractor

    ex = Extractor()
    t0 = time.perf_counter()
    records = list(ex.pipe(((t, f"d{i}", None) for i, t in enumerate(texts)), n_process=n_process))
    tables(records)
    return time.perf_counter() - t0


def peak_rss_mb(n: int) -> float:
    """Peak RSS of a separate `extractor run` over n documents (a .jsonl input)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with open(src, "w", encoding="utf-8") as fh:
            for i, t in enumerate(corpus(n)):
                fh.write(json.dumps({"doc_id": f"d{i}", "text": t}) + "\n")
        code = ("import resource,sys;from extractor.cli import app;"
                "sys.argv=['extractor','run',sys.argv[1],'--out',sys.argv[2],'--quiet'];"
                "\ntry: app()\nexcept SystemExit: pass\n"
                "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
        out = subprocess.run([sys.executable, "-c", code, str(src), str(Path(tmp) / "out")],
                             capture_output=True, text=True, check=True).stdout.split()[-1]
        return int(out) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--rss", action="store_true", help="also measure peak RSS at N and 10 x N")
    args = ap.parse_args()
    texts = corpus(args.docs)
    n_words = words(texts)
    base = bare_spacy(texts)
    one = full_extractor(texts, 1)
    two = full_extractor(texts, 2)
    print(f"documents {len(texts)}, words {n_words}")
    print(f"bare spaCy (default pipeline)   {n_words / base:10.0f} words/s")
    print(f"extractor, 1 process            {n_words / one:10.0f} words/s   ratio vs spaCy {base / one:.2f}")
    print(f"extractor, 2 processes          {n_words / two:10.0f} words/s   speed-up vs 1 process {one / two:.2f}")
    if args.rss:
        small, large = peak_rss_mb(args.docs), peak_rss_mb(10 * args.docs)
        print(f"peak RSS  N={args.docs}: {small:.0f} MB   10N={10 * args.docs}: {large:.0f} MB   "
              f"growth {100 * (large / small - 1):+.1f}%")


if __name__ == "__main__":
    main()
