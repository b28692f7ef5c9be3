"""Scale: how each stage grows with the corpus. Prints numbers; asserts nothing.

    python bench/scale.py --keys 16000 160000          # the corpus-wide PERSON key join alone
    python bench/scale.py --docs 1000 10000            # whole runs on varied corpora, per stage
    python bench/scale.py --simulate 1000 10000 100000 # corpus-wide step on generated records
    python bench/scale.py --people 500 1000            # short releases naming 8 distinct people each

Corpora are made by ``bench/synth.py`` from the bundled texts, with every person, multi-word
organisation and year replaced by a generated one (transliteration variants included), so key
tables and caches grow as in a real corpus. Each size runs in a fresh process, for its peak RSS.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import People, org_name, short_releases, vary_corpus

STAGES = ("read", "pipeline", "records", "key_join", "tables")

_RUN = """
import json, resource, sys, time
from pathlib import Path
from extractor.engine.extract import Extractor
from extractor.engine.runner import run_batch
ex = Extractor()
t0 = time.perf_counter()
s = run_batch([Path(sys.argv[1])], Path(sys.argv[2]), extractor=ex)
print(json.dumps({"total": time.perf_counter() - t0, "records": s.records, "errors": s.errors,
                  "seconds": s.seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_SIMULATE = """
import json, resource, sys, time
from pathlib import Path
from extractor.output.corpus_keys import KeyCollector
from extractor.engine.runner import finish
path, out, seconds = Path(sys.argv[1]), Path(sys.argv[2]), {}
t0 = time.perf_counter()
keys = KeyCollector()
with open(path, encoding="utf-8") as fh:
    for line in fh:
        keys.add_dict(json.loads(line))
seconds["collect"] = time.perf_counter() - t0
best = None
for _ in range(3):  # best of 3, as bench/speed.py: one round on this shared machine varies by up to 30%
    t0 = time.perf_counter()
    maps = keys.maps()
    best = min(best or 1e9, time.perf_counter() - t0)
seconds["key_join"] = best
t0 = time.perf_counter()
finish(path, maps, out)
seconds["tables"] = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "people": len(keys.people), "joined": len(maps.people),
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def _jsonl(docs, path: Path) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for doc_id, text in docs:
            fh.write(json.dumps({"doc_id": doc_id, "text": text}, ensure_ascii=False) + "\n")
    return path


def _run_corpus(docs) -> dict:
    """A whole ``run_batch`` over the generated documents in a fresh process: its summary and peak RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        return _child(_RUN, str(_jsonl(docs, Path(tmp) / "in.jsonl")), str(Path(tmp) / "out"))


def _growth(rows: list[tuple[int, dict]], names: tuple[str, ...]) -> None:
    for (n0, a), (n1, b) in zip(rows, rows[1:]):
        parts = [f"{s} x{b[s] / a[s]:.1f}" for s in names if a.get(s, 0) > 1e-3 and s in b]
        print(f"  growth {n0} -> {n1} documents (x{n1 / n0:g}): " + ", ".join(parts))


def keys(sizes: list[int]) -> None:
    from extractor.output.corpus_keys import org_key_map
    from extractor.output.person_groups import Groups, person_key_joins, person_pairs

    for n in sizes:
        made, rnd = People(seed=n), random.Random(n)
        people = made.take(n)
        orgs = [org_name(rnd) for _ in range(n)]
        t0 = time.perf_counter()
        joined, kept = person_key_joins(people)
        t1 = time.perf_counter()
        org_key_map(orgs)
        t2 = time.perf_counter()
        union = Groups()  # the join without the ambiguity rule, for comparison
        for a, b in person_pairs(people):
            union.join(a, b)
        print(
            f"keys {n:>7}: person key join {t1 - t0:7.2f} s ({len(joined)} variants joined, {len(kept)} kept "
            f"apart as fitting two people)   org key join over {n} mentions {t2 - t1:5.2f} s\n"
            f"{'':14}{_truth(joined, made.person)}; joining every pair instead: "
            f"{_truth(union.mapping(), made.person)}"
        )


def _truth(changes: dict[str, str], person: dict[str, str]) -> str:
    """A key map against the generated people: B-cubed precision and recall of its groups over the
    names (clusters: the group's key, and the person the generator made the name for), and the pairs of
    names of two people that it puts in one group."""
    final = {k: changes.get(k, k) for k in person}
    groups: dict[str, list[str]] = defaultdict(list)
    people: dict[str, list[str]] = defaultdict(list)
    for name, key in final.items():
        groups[key].append(name)
        people[person[name]].append(name)
    p = sum(sum(person[x] == person[k] for x in groups[final[k]]) / len(groups[final[k]]) for k in person)
    r = sum(sum(final[x] == final[k] for x in people[person[k]]) / len(people[person[k]]) for k in person)
    wrong = sum(
        len(g) * (len(g) - 1) // 2 - sum(c * (c - 1) // 2 for c in Counter(person[x] for x in g).values())
        for g in groups.values()
    )
    return f"B-cubed P {p / len(person):.4f} R {r / len(person):.4f}, {wrong} name pairs of two people joined"


def docs(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        r = _run_corpus(vary_corpus(n))
        sec = r["seconds"]
        print(
            f"docs {n:>7}: total {r['total']:8.1f} s   "
            + "   ".join(f"{s} {sec.get(s, 0):.2f}" for s in STAGES)
            + f"   peak RSS {r['rss_mb']:.0f} MB   records {r['records']} errors {r['errors']}"
        )
        rows.append((n, {**sec, "total": r["total"], "rss_mb": r["rss_mb"]}))
    _growth(rows, (*STAGES, "total", "rss_mb"))


def _records(n: int, path: Path) -> Path:
    """n generated records: 6 people and 5 organisations each, a role and an agreement."""
    people, rnd = People(seed=7), random.Random(7)
    orgs = [org_name(rnd) for _ in range(max(50, n // 4))]
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            names = people.take(4) + [rnd.choice(people.made) for _ in range(2)]
            parties = rnd.sample(orgs, 5)
            mentions = [
                {"start": j, "end": j + 1, "label": "PERSON", "text": p, "norm": p}
                for j, p in enumerate(names)
            ]
            mentions += [
                {"start": 10 + j, "end": 11 + j, "label": "ORG", "text": o, "norm": o}
                for j, o in enumerate(parties)
            ]
            facts = [
                {"type": "role", "person": names[0], "role": "rector", "org": parties[0]},
                {"type": "agreement", "kind": "memorandum", "parties": parties[:2], "signatories": names[:2]},
            ]
            fh.write(json.dumps({"doc_id": f"g{i:07d}", "mentions": mentions, "facts": facts}) + "\n")
    return path


def simulate(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            r = _child(_SIMULATE, str(_records(n, Path(tmp) / "records.jsonl")), str(Path(tmp) / "out"))
        sec = r["seconds"]
        print(
            f"corpus-wide step, {n:>7} records ({r['people']} distinct people, {r['joined']} joined): "
            + "   ".join(f"{k} {v:.2f} s" for k, v in sec.items())
            + f"   peak RSS {r['rss_mb']:.0f} MB"
        )
        rows.append((n, {**sec, "rss_mb": r["rss_mb"]}))
    _growth(rows, ("collect", "key_join", "tables", "rss_mb"))


def people(sizes: list[int]) -> None:
    rows = []
    for n in sizes:
        r = _run_corpus(short_releases(n))
        print(
            f"{n:>6} short releases naming {8 * n} distinct people: run {r['total']:.1f} s "
            f"(key join {r['seconds'].get('key_join', 0):.2f} s)"
        )
        rows.append((n, r["total"]))
    for (n0, a), (n1, b) in zip(rows, rows[1:]):
        print(f"  {n1} vs {n0} releases: x{b / a:.2f} the time")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--keys", type=int, nargs="*", default=[])
    ap.add_argument("--docs", type=int, nargs="*", default=[])
    ap.add_argument("--simulate", type=int, nargs="*", default=[])
    ap.add_argument("--people", type=int, nargs="*", default=[])
    args = ap.parse_args()
    if not (args.keys or args.docs or args.simulate or args.people):
        ap.error("give at least one of --keys, --docs, --simulate, --people")
    for fn, sizes in ((keys, args.keys), (simulate, args.simulate), (people, args.people), (docs, args.docs)):
        if sizes:
            fn(sizes)


if __name__ == "__main__":
    main()
