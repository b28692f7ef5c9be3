"""The network page (``extractor report OUT --html FILE``) of a real run of the bundled corpus: every
organisation and link drawn, each link's evidence, the timeline, the manifest, escaping, misuse, and a
real click in headless Chromium driven over the DevTools protocol."""

from __future__ import annotations

import base64
import csv
import fcntl
import json
import math
import os
import re
import select
import shutil
import subprocess
import time
from html import escape
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluate.network_data import Organisation, RunFolderError, read_run_folder
from extractor.evaluate.network_layout import circle_layout, country_colours, country_order, short
from extractor.evaluate.network_page import render_network_page
from extractor.evaluate.network_timeline import year_point
from extractor.lang.registry import load_registry
from extractor.output.tablewriter import write_tables_streaming
from extractor.read.record_io import load_records

from .conftest import CORPUS
from .test_report import CHROMIUM, CHROMIUM_FLAGS, png_top_colours

runner = CliRunner()
DATED = re.compile(r"^\d{4}")


def rows(folder: Path, name: str) -> list[dict[str, str]]:
    """A table of the run read with the csv module alone (not the page's reader)."""
    with open(folder / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory, extractor):
    from extractor.engine.runner import run_batch

    out = tmp_path_factory.mktemp("run")
    run_batch([CORPUS], out, extractor=extractor)
    return out


@pytest.fixture(scope="module")
def page_file(run_folder, tmp_path_factory):
    html = tmp_path_factory.mktemp("page") / "network.html"
    result = runner.invoke(app, ["report", str(run_folder), "--html", str(html)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {html}")
    return html


@pytest.fixture(scope="module")
def page(page_file):
    return page_file.read_text(encoding="utf-8")


def section(html: str, ident: str) -> str:
    start = html.index(f'<section class="detail" id="{ident}">')
    return html[start : html.index("</section>", start)]


# ---------------------------------------------------------------- what the page shows
def test_page_draws_every_organisation_and_every_link(run_folder, page):
    network = rows(run_folder, "network.csv")
    parties = {r[k] for r in network for k in ("party_a", "party_b")}
    assert len(network) > 20 and len(parties) > 30
    assert page.count('class="edge"') == len(network)
    keys = re.findall(r'<a href="#org-\d+" class="node" data-key="([^"]*)">', page)
    assert sorted(keys) == sorted(escape(p) for p in parties)
    for i, r in enumerate(network):
        assert f'id="l{i}" data-count="{r["agreements"]}"' in page


def test_each_link_opens_the_evidence_of_every_agreement_of_the_pair(run_folder, page):
    agreements = rows(run_folder, "agreements.csv")
    for i, r in enumerate(rows(run_folder, "network.csv")):
        behind = [a for a in agreements if {r["party_a"], r["party_b"]} <= set(a["parties"].split("; "))]
        detail = section(page, f"edge-{i}")
        assert detail.count('<blockquote class="evidence">') == len(behind) >= int(r["agreements"]) >= 1
        for a in behind:
            assert escape(a["evidence"]) in detail and a["doc_id"] in detail
        for doc_id in r["doc_ids"].split("; "):
            assert doc_id in detail
        dates = sorted({a["date"] for a in behind if a["date"]})
        assert f"dates: {', '.join(dates) or 'date not stated'}" in detail


def test_each_organisation_lists_its_links(run_folder, page):
    network = rows(run_folder, "network.csv")
    countries = {escape(r["key"]): r["country"] for r in rows(run_folder, "organisations.csv")}
    keys = re.findall(r'<a href="#(org-\d+)" class="node" data-key="([^"]*)">', page)
    for ident, key in keys:
        detail = section(page, ident)
        mine = [r for r in network if key in (escape(r["party_a"]), escape(r["party_b"]))]
        assert detail.count("<li>") == len(mine) >= 1
        if countries.get(key):
            assert f"country {countries[key]}," in detail


def test_timeline_places_every_signing_with_a_year(run_folder, page):
    agreements = rows(run_folder, "agreements.csv")
    by_signing = [a for a in agreements if DATED.match(a["date"])]
    by_release = [a for a in agreements if not DATED.match(a["date"]) and DATED.match(a["published"])]
    assert by_signing and by_release
    assert page.count('class="signing" data-source="signing"') == len(by_signing)
    assert page.count('class="signing" data-source="published"') == len(by_release)
    table = page[
        page.index('id="signings-table"') : page.index("</table>", page.index('id="signings-table"'))
    ]
    assert table.count('<tr id="sig-') == len(agreements)
    shown = re.findall(r'<tr id="sig-\d+"><td>(\d{4}[^<]*)', table)
    assert shown == sorted(shown, key=year_point) and len(shown) == len(by_signing) + len(by_release)


def test_page_shows_the_run_manifest(run_folder, page):
    manifest = json.loads((run_folder / "manifest.json").read_text(encoding="utf-8"))
    table = page[page.index('id="manifest"') :]
    for field in ("extractor_version", "patterns_sha256", "model.name", "model.version", "counts.read"):
        value = manifest
        for part in field.split("."):
            value = value[part]
        assert f"<tr><th>{field}</th><td><code>{escape(str(value))}</code></td></tr>" in table
    assert f"<th>inputs</th><td><code>{escape(str(CORPUS))}</code>" in table


def test_page_is_self_contained_and_the_same_bytes_every_time(run_folder, page_file, page, tmp_path):
    assert not re.search(r'(?:src|href)="(?!#)', page) and "url(" not in page and "@import" not in page
    assert "<script" not in page.lower() and "default-src 'none'" in page
    again = tmp_path / "again.html"
    assert runner.invoke(app, ["report", str(run_folder), "--html", str(again)]).exit_code == 0
    assert again.read_bytes() == page_file.read_bytes()


# ---------------------------------------------------------------- hostile text, partial folders
EVIL_ORG = '<script>alert("x")</script> & Sons'
FORMULA_ORG = '=HYPERLINK("http://x","y")'
EVIL_SENTENCE = 'They said "yes" <b>twice</b> & signed; 1 < 2'


@pytest.fixture(scope="module")
def hostile_folder(run_folder, tmp_path_factory):
    """Tables rebuilt from a real record whose first agreement names hostile parties and evidence."""
    records = load_records(run_folder / "records.jsonl")
    rec = next(r for r in records.values() if any(f.type == "agreement" for f in r.facts))
    facts = [
        f.model_copy(update={"parties": [EVIL_ORG, FORMULA_ORG, *f.parties], "evidence": EVIL_SENTENCE})
        if f.type == "agreement"
        else f
        for f in rec.facts
    ]
    folder = tmp_path_factory.mktemp("hostile")
    write_tables_streaming([rec.model_copy(update={"facts": facts})], folder, load_registry())
    return folder


def test_text_from_the_tables_is_escaped(hostile_folder):
    assert "\"'=HYPERLINK" in (hostile_folder / "network.csv").read_text(encoding="utf-8-sig")
    html = render_network_page(read_run_folder(hostile_folder))
    for raw in ("<script>", "<b>twice", 'data-key="=HYPERLINK("'):
        assert raw not in html
    assert escape(EVIL_SENTENCE) in html and escape(EVIL_ORG) in html
    assert f'data-key="{escape(FORMULA_ORG)}"' in html  # the spreadsheet guard ' is taken off again
    assert "No manifest.json in this folder" in html


@pytest.mark.parametrize(
    "case, message",
    [
        ("missing", "not found"),
        ("file", "not a folder"),
        ("corpus", "holds no records.jsonl and no tables"),
        ("records-only", "has no network.csv"),
        ("html-is-a-folder", "cannot write"),
        ("html-under-a-file", "cannot write"),
    ],
)
def test_misuse_is_one_error_line_and_exit_2(run_folder, tmp_path, case, message):
    folder, html = run_folder, tmp_path / "page.html"
    if case == "missing":
        folder = tmp_path / "nope"
    elif case == "file":
        folder = run_folder / "records.jsonl"
    elif case == "corpus":
        folder = CORPUS
    elif case == "records-only":
        folder = tmp_path / "r"
        folder.mkdir()
        shutil.copy(run_folder / "records.jsonl", folder)
    elif case == "html-is-a-folder":
        html = tmp_path
    else:
        html = run_folder / "records.jsonl" / "page.html"
    result = runner.invoke(app, ["report", str(folder), "--html", str(html)])
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2 and len(lines) == 1, result.output
    assert lines[0].startswith("error: ") and message in lines[0] and "Errno" not in lines[0]


def test_missing_column_names_the_file(tmp_path, run_folder):
    for name in ("agreements.csv", "organisations.csv"):
        shutil.copy(run_folder / name, tmp_path)
    (tmp_path / "network.csv").write_text("party_a,count\nA,1\n", encoding="utf-8")
    with pytest.raises(RunFolderError, match=r"network\.csv: no column party_b"):
        read_run_folder(tmp_path)


# ---------------------------------------------------------------- layout
def test_layout_puts_every_organisation_on_the_circle_grouped_by_country(run_folder):
    net = read_run_folder(run_folder)
    plan = circle_layout(net.organisations.values(), net.links)
    assert set(plan.places) == set(net.organisations)
    for place in plan.places.values():
        assert abs(math.hypot(place.x - plan.centre, place.y - plan.centre) - plan.radius) < 0.01
    around = sorted(plan.places, key=lambda k: plan.places[k].angle)
    countries = [net.organisations[k].country for k in around]
    runs = [c for i, c in enumerate(countries) if i == 0 or c != countries[i - 1]]
    assert len(runs) == len(set(countries)) > 3  # each country one contiguous arc
    assert runs == country_order(net.organisations.values())


def test_colours_differ_by_country_and_unknown_is_grey():
    orgs = [Organisation(key=k, country=c) for k, c in [("a", "RU"), ("b", "RU"), ("c", "CN"), ("d", None)]]
    colours = country_colours(orgs)
    assert list(colours) == ["RU", "CN", None] and len(set(colours.values())) == 3
    assert short("x" * 50) == "x" * 39 + "…" and short("Tomsk") == "Tomsk"


@pytest.mark.parametrize(
    "value, point",
    [
        ("2021-07-01", 2021.5),
        ("2015", 2015.0),
        ("2023-05/2023-06", 2023.3333),
        ("XXXX-06-29", None),
        ("", None),
    ],
)
def test_year_point(value, point):
    assert year_point(value) == point


# ---------------------------------------------------------------- headless Chromium, clicked
class Browser:
    """Headless Chromium driven over the DevTools protocol on a pipe (fds 3 and 4): no package needed."""

    def __init__(self, profile: Path):
        to_child, from_child = os.pipe(), os.pipe()

        def wire() -> None:  # in the child: commands on fd 3, replies on fd 4 (copied high first)
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_child[0], from_child[1])]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        cmd = [
            CHROMIUM,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--remote-debugging-pipe",
            "about:blank",
        ]
        self.proc = subprocess.Popen(
            cmd, pass_fds=(3, 4), preexec_fn=wire, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        os.close(to_child[0])
        os.close(from_child[1])
        self._write, self._read, self._buf, self._id = to_child[1], from_child[0], b"", 0
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + 60
        while True:
            while b"\0" in self._buf:
                raw, self._buf = self._buf.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._id:
                    assert "error" not in reply, reply
                    return reply["result"]
                self.events.append(reply)
            assert time.monotonic() < deadline, f"no reply to {method}"
            if select.select([self._read], [], [], 1)[0]:
                chunk = os.read(self._read, 1 << 20)
                assert chunk, "chromium closed the pipe"
                self._buf += chunk

    def js(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.call("Network.enable", session=True)
        self.call("Page.navigate", session=True, url=url)
        deadline = time.monotonic() + 60
        while self.js("document.readyState") != "complete":
            assert time.monotonic() < deadline, "page did not load"
            time.sleep(0.1)

    def mouse(self, kind: str, x: float, y: float) -> None:
        self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left", clickCount=1)

    def close(self) -> None:
        os.close(self._write)
        os.close(self._read)
        self.proc.kill()
        self.proc.wait(timeout=30)


# a point of a link's visible curve that the link itself receives (no node or other link above it)
POINT_ON_LINK = """(() => {
  const a = document.getElementById('l%d'); a.scrollIntoView({block: 'center'});
  const path = a.querySelector('.vis'), len = path.getTotalLength(), m = path.getScreenCTM();
  for (let i = 1; i < 40; i++) {
    const p = path.getPointAtLength(len * (i %% 2 ? 0.5 - i / 90 : 0.5 + i / 90));
    const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
    const el = document.elementFromPoint(x, y);
    if (el && el.closest('a') === a) return [x, y];
  }
  return null;
})()"""
SHOWN = "(() => { const d = document.getElementById('%s'); return [getComputedStyle(d).display, d.innerText]; })()"
CENTRE = """(() => { const c = document.querySelector('%s circle'); c.scrollIntoView({block: 'center'});
  const r = c.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; })()"""
RED = "rgb(214, 39, 40)"
STROKE = "getComputedStyle(document.querySelector('#l%d .vis')).stroke"


@pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium not installed (Debian package `chromium`, "
    "installed by .ci/run when apt-get can): browser check skipped",
)
def test_network_page_in_headless_chromium(run_folder, page_file, tmp_path):
    network = rows(run_folder, "network.csv")
    agreements = rows(run_folder, "agreements.csv")
    parties = {r[k] for r in network for k in ("party_a", "party_b")}
    browser = Browser(tmp_path / "profile")
    try:
        browser.open(page_file.as_uri())
        assert browser.js("document.querySelectorAll('#network a.node').length") == len(parties)
        assert browser.js("document.querySelectorAll('#network a.edge').length") == len(network)
        assert browser.js("document.querySelectorAll('#timeline a.signing').length") > 10
        assert browser.js(SHOWN % "edge-0")[0] == "none"  # no evidence shown before a click
        browser.js("window.scrollTo(0, 0)")
        box = browser.js(
            "(() => { const r = document.getElementById('network').getBoundingClientRect();"
            " return {x: r.x, y: r.y, width: r.width, height: r.height, scale: 1}; })()"
        )
        shot = browser.call("Page.captureScreenshot", session=True, format="png", clip=box)["data"]
        (tmp_path / "network.png").write_bytes(base64.b64decode(shot))
        for i in range(0, len(network), max(1, len(network) // 8)):
            r = network[i]
            x, y = browser.js(POINT_ON_LINK % i)
            assert browser.js(STROKE % i) != RED
            browser.mouse("mouseMoved", x, y)
            assert browser.js(STROKE % i) == RED  # :hover marks the link
            browser.mouse("mousePressed", x, y)
            browser.mouse("mouseReleased", x, y)
            assert browser.js("location.hash") == f"#edge-{i}"
            display, text = browser.js(SHOWN % f"edge-{i}")
            assert display == "block"
            behind = [a for a in agreements if {r["party_a"], r["party_b"]} <= set(a["parties"].split("; "))]
            for a in behind:
                assert " ".join(a["evidence"].split()) in " ".join(text.split())
            assert r["doc_ids"].split("; ")[0] in text
            browser.mouse("mouseMoved", 1, 1)
            assert browser.js(STROKE % i) == RED  # the clicked link stays marked
            tip = browser.js(f"document.querySelector('#l{i} > title').textContent")
            assert tip.startswith(f"{r['party_a']} — {r['party_b']}: {r['agreements']} agreement")
        x, y = browser.js(CENTRE % "#network a.node")
        browser.mouse("mousePressed", x, y)
        browser.mouse("mouseReleased", x, y)
        node = browser.js("location.hash")[1:]
        display, text = browser.js(SHOWN % node)
        assert node.startswith("org-") and display == "block" and text.split("\n")[0] in parties
        requests = [e for e in browser.events if e.get("method") == "Network.requestWillBeSent"]
        assert {e["params"]["request"]["url"] for e in requests} <= {page_file.as_uri()}
    finally:
        browser.close()
    width, height, colours = png_top_colours((tmp_path / "network.png").read_bytes(), rows=10_000)
    assert width > 500 and height > 500
    assert len(colours) > 50, f"screenshot looks blank: {len(colours)} colours"
    net = read_run_folder(run_folder)
    for colour in country_colours(net.organisations.values()).values():
        assert bytes.fromhex(colour[1:]) in {c[:3] for c in colours}, f"no node drawn in {colour}"
