"""Bare spaCy baseline: en_core_web_sm's own ORG / PERSON / DATE ents as records (text as the norm).

python bench/spacy_baseline.py [--corpus corpus] [--out out/baseline]
extractor eval --gold gold --pred out/baseline/records.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from extractor.engine.pipeline import load_model

LABELS = {"ORG", "PERSON", "DATE"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=Path("corpus"))
    ap.add_argument("--out", type=Path, default=Path("out/baseline"))
    args = ap.parse_args()
    nlp = load_model()
    files = sorted(args.corpus.glob("*.txt"))
    texts = [f.read_bytes().decode("utf-8") for f in files]
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "records.jsonl", "w", encoding="utf-8") as fh:
        for f, _text, doc in zip(files, texts, nlp.pipe(texts)):
            mentions = [
                {"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text, "norm": e.text}
                for e in doc.ents
                if e.label_ in LABELS
            ]
            rec = {
                "doc_id": f.stem,
                "text_sha256": hashlib.sha256(f.read_bytes()).hexdigest(),
                "published": None,
                "mentions": mentions,
                "facts": [],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(files)} records to {args.out / 'records.jsonl'}")


if __name__ == "__main__":
    main()
