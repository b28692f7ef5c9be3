"""Speed and memory: bare spaCy en_core_web_sm vs the full extractor, on the same texts, in one run.

python bench/speed.py [--docs 200] [--repeat 3] [--no-rss]

Also prints the CPU time of the model components alone (en_core_web_sm's tok2vec, tagger, parser and NER, the
ones the extractor runs) against the full extractor on the same texts: the project's own overhead over the
model's physical limit.

Builds N documents by cycling corpus/ (each given a unique reference line, so every document brings new
strings), then prints words/s of bare spaCy (its default pipeline, nlp.pipe) and of the full extractor
(`run_batch`: all labels, normalisation, facts, records.jsonl and the CSV tables) with 1 and 2 processes (bare
spaCy and the extractor alternate, first one then the other, for ``--repeat`` rounds and each keeps its
fastest, so neither a slow moment of the machine nor the order decides the ratio), and the peak RSS of
`extractor run` on N and 10 x N documents, each in a fresh process (also once without memory zones, to show
what they save). Model loading is not timed.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import string
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def corpus(n: int) -> list[str]:
    """N texts made by cycling the bundled corpus, each ending in a unique reference line."""
    texts = [p.read_bytes().decode("utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    rnd = random.Random(13)
    return [
        texts[i % len(texts)] + f"\n\nRef. {i}-{''.join(rnd.choices(string.ascii_lowercase, k=10))}"
        for i in range(n)
    ]


def write_jsonl(texts: list[str], path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        fh.writelines(
            json.dumps({"doc_id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts)
        )
    return path


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def bare_spacy(nlp, texts: list[str]) -> float:
    """Seconds for en_core_web_sm's default pipeline over the texts."""
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - t0


def model_only(nlp, texts: list[str]) -> float:
    """CPU seconds of the model components the extractor runs (tok2vec, tagger, parser, NER), alone."""
    t0 = time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.process_time() - t0


def extractor_cpu(ex, src: Path) -> float:
    """CPU seconds of a full one-process batch run (records, errors, tables) over the JSONL input."""
    from extractor.engine.runner import run_batch

    with tempfile.TemporaryDirectory() as out:
        t0 = time.process_time()
        run_batch([src], Path(out), extractor=ex)
        return time.process_time() - t0


def full_extractor(ex, src: Path, n_process: int) -> float:
    """Seconds for a full batch run (records, errors, tables) over the JSONL input."""
    from extractor.engine.runner import run_batch

    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        summary = run_batch([src], Path(out), extractor=ex, n_process=n_process)
        secs = time.perf_counter() - t0
    assert summary.errors == 0, summary
    return secs


_CHILD = """
import resource, sys
from pathlib import Path
from extractor.engine.runner import run_batch
run_batch([Path(sys.argv[1])], Path(sys.argv[2]), zone_size=int(sys.argv[3]))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss_mb(texts: list[str], zone_size: int = 1000) -> float:
    """Peak RSS (MB) of a fresh process running a batch over the texts."""
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(texts, Path(tmp) / "in.jsonl")
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(src), str(Path(tmp) / "out"), str(zone_size)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[-1]
        return int(out) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--no-rss", action="store_true", help="skip the peak-RSS runs (N and 10 x N documents)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="rounds; bare spaCy and the extractor alternate, and each keeps its fastest round",
    )
    args = ap.parse_args()
    texts = corpus(args.docs)
    n_words = words(texts)
    import spacy

    from extractor.engine.extract import Extractor
    from extractor.engine.pipeline import MODEL_NAMES

    bare, ex = spacy.load(MODEL_NAMES[0]), Extractor()  # loading is not timed
    model = spacy.load(MODEL_NAMES[0], exclude=["lemmatizer", "attribute_ruler"])
    with tempfile.TemporaryDirectory() as tmp:
        src = write_jsonl(texts, Path(tmp) / "in.jsonl")
        rounds = []
        for r in range(args.repeat):  # ABBA order: whichever runs second in a round tends to be slower
            if r % 2 == 0:
                b = bare_spacy(bare, texts)
                rounds.append((b, full_extractor(ex, src, 1)))
            else:
                e = full_extractor(ex, src, 1)
                rounds.append((bare_spacy(bare, texts), e))
        base, one = min(r[0] for r in rounds), min(r[1] for r in rounds)
        two = min(full_extractor(ex, src, 2) for _ in range(args.repeat))
        cpu = [(model_only(model, texts), extractor_cpu(ex, src)) for _ in range(args.repeat)]
    print(f"documents {len(texts)}, words {n_words}, best of {args.repeat} alternating rounds")
    print("rounds (s): " + ", ".join(f"spaCy {b:.2f} / extractor {e:.2f}" for b, e in rounds))
    print(f"bare spaCy (default pipeline)   {n_words / base:10.0f} words/s")
    print(f"extractor, 1 process            {n_words / one:10.0f} words/s   ratio vs spaCy {base / one:.2f}")
    ratios = sorted(b / e for b, e in rounds)
    print(
        f"ratio per round: {', '.join(f'{b / e:.2f}' for b, e in rounds)}   "
        f"median {statistics.median(ratios):.2f}   "
        f"first (cold caches) {rounds[0][0] / rounds[0][1]:.2f}"
    )
    print(
        f"extractor, 2 processes          {n_words / two:10.0f} words/s   "
        f"speed-up vs 1 process {one / two:.2f}"
    )
    m_cpu, e_cpu = min(c[0] for c in cpu), min(c[1] for c in cpu)
    print(
        f"CPU: model components alone ({', '.join(model.pipe_names)}) {m_cpu:.2f} s, full extractor "
        f"{e_cpu:.2f} s: overhead {100 * (e_cpu / m_cpu - 1):+.1f}% (best of {args.repeat}; per round "
        + ", ".join(f"{100 * (e / m - 1):+.1f}%" for m, e in cpu)
        + ")"
    )
    if not args.no_rss:
        small, large = peak_rss_mb(texts), peak_rss_mb(corpus(10 * args.docs))
        print(
            f"peak RSS  N={args.docs}: {small:.0f} MB   10N={10 * args.docs}: {large:.0f} MB   "
            f"growth {100 * (large / small - 1):+.1f}%"
        )
        no_zone = peak_rss_mb(corpus(10 * args.docs), zone_size=10**9)
        print(
            f"peak RSS  10N without memory zones: {no_zone:.0f} MB   "
            f"growth {100 * (no_zone / small - 1):+.1f}%"
        )


if __name__ == "__main__":
    main()
