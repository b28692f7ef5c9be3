"""HTML evaluation report: numbers equal to scoring.score, marked spans, escaping, headless Chromium."""

from __future__ import annotations

import random
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from extractor.evaluate.report import diff_document
from extractor.evaluate.report_html import render_report, write_report
from extractor.evaluate.scoring import per_document, score
from extractor.models import LABELS, AgreementFact, DocumentRecord, Mention, RoleFact
from extractor.read.record_io import load_records

from .conftest import GOLD

MARK = re.compile(r'<mark class="entity ([^"]*)" data-side="(gold|pred)" title="[^"]*">([^<]*)<span')


# ---------------------------------------------------------------- reading the report back
class Cells(HTMLParser):
    """Text of every element carrying ``data-k``, by key (a key may appear more than once)."""

    def __init__(self) -> None:
        super().__init__()
        self.values: dict[str, list[str]] = {}
        self._open: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open.append((tag, dict(attrs).get("data-k")))
        if self._open[-1][1] is not None:
            self.values.setdefault(self._open[-1][1] or "", []).append("")

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        for _, key in reversed(self._open):
            if key is not None:
                self.values[key][-1] += data
                break


def cells(html: str) -> dict[str, list[str]]:
    parser = Cells()
    parser.feed(html)
    return parser.values


def flatten(result: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Numeric leaves of a scoring result by dotted path, as the report shows them.

    Mention counts gold/predicted are shown once (under strict); B-cubed shows P/R/F1 and items.
    """
    out: dict[str, Any] = {}
    for k, v in result.items():
        path = f"{prefix}{k}"
        if isinstance(v, dict):
            out |= flatten(v, f"{path}.")
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            out[path] = v
    hidden = r"(lenient|normalised)\.\w+\.(gold|predicted)|clustering\.\w+\.(tp|predicted|gold)"
    return {p: v for p, v in out.items() if not re.fullmatch(hidden, p)}


def assert_numbers(
    html: str, result: dict[str, Any], rows: list[dict[str, Any]], system: str = "pred"
) -> None:
    """Every number of score() and per_document()'s errors is in the report, equal to 3 decimals."""
    found = cells(html)
    for path, value in flatten(result).items():
        texts = found.get(f"{system}:{path}")
        assert texts, f"{system}:{path} missing from the report"
        for text in texts:
            assert abs(float(text) - value) <= 5e-4 + 1e-9, f"{system}:{path}: {text} != {value}"
    for row in rows:
        for name in ("errors", "fact_errors"):
            assert found[f"{system}:doc:{row['doc_id']}:{name}"] == [str(row[name])], (row["doc_id"], name)


def marks(html: str) -> list[tuple[str, str, frozenset[str]]]:
    """(side, text, classes) of each marked span in the document views."""
    return [(side, text.strip(), frozenset(cls.split())) for cls, side, text in MARK.findall(html)]


def count(found: list[tuple[str, str, frozenset[str]]], side: str, *classes: str) -> int:
    return sum(s == side and any(c in cls for c in classes) for s, _, cls in found)


# ---------------------------------------------------------------- a small hand-made case
TEXT = (
    "Tomsk Polytechnic University and Harbin Institute of Technology signed a memorandum on May 5, 2021. "
    'Rector Andrey Yakovlev signed it. <script>alert("x")</script> & Co.'
)
TPU, HIT, YAK = "Tomsk Polytechnic University", "Harbin Institute of Technology", "Andrey Yakovlev"
DOC = 'd<1>&"'
EVIL = '"><img src=x onerror=alert(1)>'


def span(phrase: str, label: Any, norm: str | None, text: str = TEXT) -> Mention:
    start = text.index(phrase)
    return Mention(start=start, end=start + len(phrase), label=label, text=phrase, norm=norm)


def small_case() -> tuple[dict[str, DocumentRecord], dict[str, DocumentRecord], dict[str, str]]:
    gold_mentions = [
        span(TPU, "ORG", TPU),
        span(HIT, "ORG", HIT),
        span("memorandum", "AGREEMENT", "memorandum"),
        span("May 5, 2021", "DATE", "2021-05-05"),
        span("Rector", "ROLE", "rector"),
        span(YAK, "PERSON", YAK),
    ]
    pred_mentions = [
        span(TPU, "ORG", "TPU"),
        span("Harbin Institute", "ORG", "HIT"),
        span("memorandum", "AGREEMENT", "agreement"),
        span("Rector", "PERSON", "Rector"),
        span(YAK, "PERSON", YAK),
        span("Co", "ORG", EVIL),
    ]
    agreement = AgreementFact(kind="memorandum", parties=[TPU, HIT], date="2021-05-05", signatories=[YAK])
    role = RoleFact(person=YAK, role="rector", title="Rector", org=TPU)
    gold = {
        DOC: DocumentRecord(
            doc_id=DOC, published="2021-05-06", mentions=gold_mentions, facts=[role, agreement]
        ),
        "empty": DocumentRecord(doc_id="empty", mentions=[span(TPU, "ORG", TPU)]),
    }
    pred = {
        DOC: DocumentRecord(
            doc_id=DOC,
            published="2021-05-05",
            mentions=pred_mentions,
            facts=[
                RoleFact(person=YAK, role="president", org="HIT"),
                AgreementFact(kind="memorandum", parties=["HIT", "TPU"], date=None, signatories=[YAK]),
            ],
        ),
        "not-in-gold": DocumentRecord(doc_id="not-in-gold"),
    }
    return gold, pred, {DOC: TEXT, "empty": TEXT}


def test_report_small_numbers_equal_score():
    gold, pred, texts = small_case()
    html = render_report(gold, pred, texts=texts)
    assert_numbers(html, score(gold, pred), per_document(gold, pred))
    for tid in ("per-label-table", "documents-table", "other-tables", "f1-chart"):
        assert f'id="{tid}"' in html
    assert "no prediction" in html and "1 predicted documents are not in gold" in html


def test_report_small_marks_each_error_kind():
    gold, pred, texts = small_case()
    found = marks(render_report(gold, pred, texts=texts))
    seen = {
        (side, text, frozenset(c for c in cls if c.startswith(("st-", "norm")))) for side, text, cls in found
    }

    def has(side: str, text: str, *classes: str) -> bool:
        return (side, text, frozenset(classes)) in seen

    assert has("gold", TPU, "st-match", "norm-ok")  # predicted key "TPU" aligned to the gold key
    assert has("gold", TPU, "st-missed")  # the document without a prediction
    assert has("gold", HIT, "st-boundary", "norm-ok")
    assert has("pred", "Harbin Institute", "st-boundary", "norm-ok")
    assert has("gold", "memorandum", "st-match", "norm-bad")
    assert has("pred", "memorandum", "st-match", "norm-bad")
    assert has("gold", "May 5, 2021", "st-missed")
    assert has("gold", "Rector", "st-label") and has("pred", "Rector", "st-label")
    assert has("pred", "Co", "st-spurious")
    assert len(found) == len(seen) == 6 + 1 + 6
    assert count(found, "pred", "exact") == 3  # TPU, memorandum, Yakovlev: strict matches
    assert count(found, "gold", "st-missed") == 1 + 1  # the date, and the empty prediction's TPU


def test_report_small_lists_span_norm_and_fact_differences():
    gold, pred, texts = small_case()
    doc = diff_document(gold[DOC], pred[DOC])
    assert [(s, g and g.text, p and p.text) for s, g, p in doc.span_errors()] == [
        ("boundary", HIT, "Harbin Institute"),
        ("missed", "May 5, 2021", None),
        ("label", "Rector", "Rector"),
        ("spurious", None, "Co"),
    ]
    assert [(n.gold.text, n.pred.norm) for n in doc.norms] == [("memorandum", "agreement")]
    assert sorted((f.kind, f.fields) for f in doc.facts) == [
        ("differs", ("date",)),
        ("extra", ()),
        ("missing", ()),
    ]
    html = render_report(gold, pred, texts=texts)
    assert "span errors (4)" in html and "norm mismatches (1)" in html and "fact differences (3)" in html
    assert "differs: date" in html


def test_report_escapes_untrusted_text():
    gold, pred, texts = small_case()
    html = render_report(gold, pred, texts=texts, title="<b>title</b>", pred_name="<i>x</i>")
    for raw in ("<script", "<SCRIPT", "<img", "<b>title", "<i>x"):
        assert raw not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "d&lt;1&gt;&amp;&quot;" in html and "onerror=alert(1)&gt;" in html
    # self-contained: no fetch of any kind, a policy forbidding scripts and requests
    assert not re.search(r'(?:src|href)="(?!#)', html) and "url(" not in html and "@import" not in html
    assert "default-src 'none'" in html


def test_report_without_texts_lists_differences_only():
    gold, pred, _ = small_case()
    html = render_report(gold, pred)
    assert not marks(html)
    assert html.count("Text not available") == 2 and "span errors (4)" in html


def test_report_skips_text_that_does_not_match_offsets_and_undrawable_predictions():
    gold, pred, texts = small_case()
    html = render_report(gold, pred, texts={DOC: "x" + TEXT})
    assert "does not match the gold offsets" in html
    overlapping = pred[DOC].model_copy(update={"mentions": [*pred[DOC].mentions, span("Tomsk", "ORG", "T")]})
    html = render_report(gold, {DOC: overlapping}, texts=texts)
    assert "1 predicted mentions overlap another" in html


def test_write_report_creates_the_file(tmp_path):
    gold, pred, texts = small_case()
    out = write_report(gold, pred, tmp_path / "sub" / "report.html", texts=texts, title="T")
    assert out == tmp_path / "sub" / "report.html"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# ---------------------------------------------------------------- the real gold, perturbed
def perturb(gold: dict[str, DocumentRecord], texts: dict[str, str], seed: int) -> dict[str, DocumentRecord]:  # noqa: C901  (one branch per kind of error, on purpose)
    """A prediction with every kind of error: dropped, shifted, relabelled, renamed, invented."""
    rng = random.Random(seed)
    out = {}
    for doc_id, rec in sorted(gold.items())[1:]:  # the first document gets no prediction
        text, mentions = texts[doc_id], []
        for m in rec.mentions:
            r = rng.random()
            if r < 0.08:
                continue
            if r < 0.16 and m.end - m.start > 3:
                m = m.model_copy(update={"start": m.start + 1, "text": text[m.start + 1 : m.end]})
            elif r < 0.22:
                m = m.model_copy(update={"label": rng.choice([x for x in LABELS if x != m.label])})
            elif r < 0.30:
                m = m.model_copy(update={"norm": f"{m.norm}?"})
            mentions.append(m)
        taken = [(m.start, m.end) for m in rec.mentions]
        for w in re.finditer(r"\b[A-Z][a-z]{3,}\b", text):
            if not any(s < w.end() and w.start() < e for s, e in taken) and rng.random() < 0.3:
                mentions.append(Mention(start=w.start(), end=w.end(), label="ORG", text=w[0], norm=w[0]))
        facts: list[Any] = []
        for f in rec.facts:
            if rng.random() < 0.15:
                continue
            if isinstance(f, AgreementFact) and rng.random() < 0.4:
                date = None if f.date else "2020"
                f = f.model_copy(update={"date": date, "signatories": f.signatories[1:]})
            facts.append(f)
        facts.append(RoleFact(person="Nobody", role="other"))
        published = rec.published if rng.random() < 0.8 else "1999"
        out[doc_id] = rec.model_copy(
            update={
                "mentions": sorted(mentions, key=lambda m: m.start),
                "facts": facts,
                "published": published,
            }
        )
    out["zz-not-in-gold"] = DocumentRecord(doc_id="zz-not-in-gold")
    return out


@pytest.fixture(scope="module")
def real(corpus_texts):
    gold = load_records(GOLD)
    texts = {k: corpus_texts[k] for k in gold}
    return gold, perturb(gold, texts, seed=8), perturb(gold, texts, seed=9), texts


@pytest.fixture(scope="module")
def real_html(real):
    gold, pred, base, texts = real
    return render_report(gold, pred, texts=texts, baseline=base, pred_name="perturbed", baseline_name="other")


def test_report_real_gold_numbers_equal_score(real, real_html):
    gold, pred, base, _ = real
    assert_numbers(real_html, score(gold, pred), per_document(gold, pred))
    assert_numbers(real_html, score(gold, base), per_document(gold, base), system="baseline")


def test_report_real_gold_marks_add_up_to_the_scores(real, real_html):
    gold, pred, _, _ = real
    res, found = score(gold, pred), marks(real_html)
    strict, lenient, norm = res["strict"]["micro"], res["lenient"]["micro"], res["normalised"]["micro"]
    assert count(found, "gold", "st-match", "st-boundary") == lenient["tp"]
    assert count(found, "pred", "st-match", "st-boundary") == lenient["tp"]
    assert count(found, "gold", "st-missed", "st-label") == lenient["gold"] - lenient["tp"]
    assert count(found, "pred", "st-spurious", "st-label") == lenient["predicted"] - lenient["tp"]
    assert count(found, "pred", "exact") == strict["tp"]
    assert count(found, "pred", "norm-ok") == norm["tp"]
    assert count(found, "pred", "norm-bad") == lenient["tp"] - norm["tp"]
    for kind in ("st-match", "st-boundary", "st-label", "st-missed", "st-spurious", "norm-bad"):
        assert count(found, "gold", kind) + count(found, "pred", kind) > 0, kind


def test_report_real_gold_fact_differences_add_up(real):
    gold, pred, _, _ = real
    diffs = [f for doc_id, g in gold.items() for f in diff_document(g, pred.get(doc_id)).facts]
    kinds = Counter((f.kind, (f.gold or f.pred).type) for f in diffs)
    facts = score(gold, pred)["facts"]
    for t in ("role", "agreement"):
        assert kinds["missing", t] == facts[t]["gold"] - facts[t]["tp"]
        assert kinds["extra", t] == facts[t]["predicted"] - facts[t]["tp"]
    assert kinds["differs", "agreement"] > 0


def test_report_real_gold_documents_sorted_and_linked(real, real_html):
    gold, pred, _, _ = real
    rows = {r["doc_id"]: r for r in per_document(gold, pred)}
    table = real_html[
        real_html.index('id="documents-table"') : real_html.index(
            "</table>", real_html.index('id="documents-table"')
        )
    ]
    links = re.findall(r'<a href="#(doc-[^"]+)">([^<]+)</a>', table)
    assert [doc_id for _, doc_id in links] and len(links) == len(gold)
    totals = [rows[d]["errors"] + rows[d]["fact_errors"] for _, d in links]
    assert totals == sorted(totals, reverse=True) and totals[0] > 0
    for target, _ in links:
        assert real_html.count(f'id="{target}"') == 1
    bars = re.findall(r'<rect class="bar" data-f1="([0-9.]+)"', real_html)
    assert len(bars) == 2 * 3 * (len(LABELS) + 1)
    single = render_report(gold, pred)
    assert len(re.findall(r'<rect class="bar"', single)) == 3 * (len(LABELS) + 1)


# ---------------------------------------------------------------- headless Chromium
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1280,2000",
)


def chromium(profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    cmd = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


def png_top_colours(data: bytes, rows: int) -> tuple[int, int, set[bytes]]:
    """(width, height, distinct pixel values of the first ``rows`` rows) of an 8-bit RGB/RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        header, idat = (body, idat) if kind == b"IHDR" else (header, idat + body if kind == b"IDAT" else idat)
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", header[:10])
    assert depth == 8 and colour in (2, 6), (depth, colour)
    bpp = 3 if colour == 2 else 4
    stride = width * bpp
    rows = min(rows, height)
    raw = zlib.decompressobj().decompress(idat, rows * (stride + 1))
    prev, colours = bytearray(stride), set[bytes]()
    for y in range(rows):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 255
            elif ftype == 2:
                line[i] = (line[i] + b) & 255
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        colours.update(bytes(line[x : x + bpp]) for x in range(0, stride, bpp))
        prev = line
    return width, height, colours


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium not installed (Debian package `chromium`, "
    "installed by .ci/run when apt-get can): browser check skipped",
)
def test_report_renders_in_headless_chromium(tmp_path, real):
    gold, pred, base, texts = real
    out = write_report(gold, pred, tmp_path / "report.html", texts=texts, baseline=base)
    shot = tmp_path / "shot.png"
    run = chromium(tmp_path / "profile1", f"--screenshot={shot}", out.as_uri())
    assert shot.is_file(), f"no screenshot (exit {run.returncode}): {run.stderr[-2000:]}"
    width, height, colours = png_top_colours(shot.read_bytes(), rows=240)
    assert (width, height) == (1280, 2000)
    assert len(colours) > 20, f"screenshot looks blank: {len(colours)} colours in the top rows"
    dom = chromium(tmp_path / "profile2", "--dump-dom", out.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    for tid in ("per-label-table", "other-tables", "documents-table", "f1-chart"):
        assert f'id="{tid}"' in dom.stdout, tid
    table = dom.stdout[dom.stdout.index('id="documents-table"') :]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") == len(gold) + 1
    assert dom.stdout.count('<mark class="entity st-') > 1000
