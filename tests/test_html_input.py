"""Web pages and legacy encodings as input: saved pages of real releases give the facts of their texts.

The pages in tests/fixtures/html wrap the texts of corpus/*.txt and corpus/unseen/*.txt in the markup of
their sites (menus, breadcrumbs, sidebars, footers, a layout table, JSON-LD, meta and <time> dates), two of
them saved in windows-1251 and windows-1252.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from extractor.engine.stream import process_stream
from extractor.find.published import find_published
from extractor.lang.textnorm import clean_for_nlp
from extractor.models import DocumentRecord
from extractor.read.encodings import decode_named
from extractor.read.html_pages import TEXTS, declared_charset, extract_page, text_name
from extractor.read.inputs import InputDoc, InputError, count_inputs, iter_inputs
from extractor.read.provenance import keep_page_texts, provenance_line, with_provenance
from extractor.read.record_io import load_records, record_line

from .conftest import CORPUS, GOLD

PAGES = Path(__file__).parent / "fixtures" / "html"
BOILERPLATE = ("Privacy policy", "Copyright", "All rights reserved", "CONTACT US", "Latest news", "Read also")


def text_date(text: str) -> bool:
    """Whether a text states its publication date, decided as the pipeline decides it."""
    return find_published(clean_for_nlp(text)) is not None


def text_version(doc_id: str) -> Path:
    path = CORPUS / f"{doc_id}.txt"
    return path if path.exists() else CORPUS / "unseen" / f"{doc_id}.txt"


def gold_of(doc_id: str) -> DocumentRecord:
    path = GOLD / f"{doc_id}.json"
    [record] = load_records(path if path.exists() else GOLD / "unseen" / f"{doc_id}.json").values()
    return record


def squash(text: str) -> str:
    return " ".join(text.split())


def fact_key(fact) -> tuple:
    """A fact as the scorer matches it, with the attributes it reports (date, status, signatories)."""
    if fact.type == "role":
        return ("role", fact.person, fact.role, fact.org)
    return (
        "agreement",
        fact.kind,
        frozenset(fact.parties),
        fact.date,
        fact.status,
        frozenset(fact.signatories),
    )


@pytest.fixture(scope="module")
def pages() -> list[InputDoc]:
    items = list(iter_inputs([PAGES], text_date=text_date))
    assert all(isinstance(i, InputDoc) for i in items), [i for i in items if isinstance(i, InputError)]
    return items  # type: ignore[return-value]


@pytest.fixture(scope="module")
def page_runs(pages, extractor):
    """(page, its record, the record of its text version): the text version gets the page's date when
    that came from the metadata, so both are anchored on the same publication date."""
    texts = []
    for page in pages:
        [doc] = iter_inputs([text_version(page.doc_id)])
        same_date = page.published if page.published_source == "html-metadata" else None
        texts.append(doc.model_copy(update={"published": same_date}))
    html_records = [with_provenance(r, p) for r, p in zip(process_stream(extractor, pages), pages)]
    return list(zip(pages, html_records, process_stream(extractor, texts)))


def test_the_fixture_folder_holds_real_releases_in_site_markup(pages):
    assert len(pages) == 6
    for page in pages:
        raw = (PAGES / f"{page.doc_id}.html").read_bytes()
        assert raw.count(b"<a ") >= 5  # site menus, breadcrumbs, related links
        assert text_version(page.doc_id).is_file() and page.source_format == "html"


def test_pages_give_the_facts_of_their_text_versions(page_runs):
    """Every page gives exactly the facts of its text version (its byline and date line under the headline
    kept: "Author:Gao Ya Source:... Date:2024-06-25")."""
    for page, html_rec, text_rec in page_runs:
        # compared as multisets: a frozenset's printed order may differ between two equal sets
        html_facts = Counter(fact_key(f) for f in html_rec.facts)
        assert html_facts == Counter(fact_key(f) for f in text_rec.facts), page.doc_id
    assert sum(len(t.facts) for _, _, t in page_runs) >= 30


def test_offsets_index_the_extracted_text(page_runs):
    for page, record, _ in page_runs:
        assert record.mentions and record.text_sha256 == hashlib.sha256(page.text.encode()).hexdigest()
        for m in record.mentions:
            assert page.text[m.start : m.end] == m.text
        for f in record.facts:
            assert f.evidence is None or page.text[f.start : f.end] == f.evidence


def test_the_published_date_comes_from_the_text_first_then_from_the_metadata(page_runs):
    for page, record, _ in page_runs:
        assert record.published is not None, page.doc_id
        gold = gold_of(page.doc_id).published
        assert gold is None or record.published == gold, page.doc_id  # metadata agrees with the annotators
        if record.published_source == "text":
            assert text_date(page.text)
        else:
            assert record.published_source == "html-metadata" and not text_date(page.text)
            assert record.published == page.published_meta
    by_id = {p.doc_id: r for p, r, _ in page_runs}
    hust = by_id["103_hust-itmo-key-partnership"]  # a dateline in the article, a later date in its JSON-LD
    assert (hust.published, hust.published_source) == ("2021-05-03", "text")
    assert [p.published_meta for p, _, _ in page_runs if p.doc_id == hust.doc_id] == ["2021-05-06"]
    assert sum(r.published_source == "html-metadata" for r in by_id.values()) >= 4


def test_menus_and_footers_are_left_out_and_the_headline_kept(pages):
    for page in pages:
        html = (PAGES / f"{page.doc_id}.html").read_bytes().decode(page.encoding or "utf-8")
        headline = squash(re.sub(r"<[^>]+>", "", re.search(r"<h[12][^>]*>(.*?)</h[12]>", html, re.S)[1]))
        assert page.text.startswith(headline), page.doc_id
        assert not any(word in page.text for word in BOILERPLATE), page.doc_id
        assert "<" not in page.text and "&nbsp;" not in page.text and "&copy;" not in page.text
        assert "\n\n\n" not in page.text and page.text == page.text.strip()


def test_declared_encodings_are_used_and_named(pages, page_runs):
    encodings = {p.doc_id: p.encoding for p in pages}
    assert encodings["130_kfu-huawei-delegation"] == "cp1251"
    assert encodings["1001_cdu-kuzbass-memorandum"] == "cp1252"
    assert sum(e == "utf-8" for e in encodings.values()) == 4
    for page, record, _ in page_runs:
        data = json.loads(record_line(record))
        assert (data["source_format"], data["encoding"]) == ("html", page.encoding)
    assert declared_charset(
        b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    ) == ("windows-1251")
    assert declared_charset(b"<?xml version='1.0' encoding='koi8-r'?><html>") == "koi8-r"
    assert declared_charset(b"<html><body>no charset</body></html>") is None


@pytest.mark.parametrize("declaration", [b"", b'<meta charset="utf-8">'])
def test_a_page_without_a_true_charset_declaration_is_decoded_by_detection(tmp_path, pages, declaration):
    """The windows-1251 page saved with its declaration removed, or replaced by a wrong one."""
    [kfu] = [p for p in pages if p.encoding == "cp1251"]
    raw = (PAGES / f"{kfu.doc_id}.html").read_bytes()
    stripped = re.sub(rb"<meta http-equiv=\"Content-Type\"[^>]*>", declaration, raw)
    assert stripped != raw and declared_charset(stripped) in (None, "utf-8")
    (tmp_path / "saved.html").write_bytes(stripped)
    [doc] = iter_inputs([tmp_path / "saved.html"])
    assert (doc.text, doc.encoding) == (kfu.text, "cp1251")


@pytest.mark.parametrize(
    ("doc_id", "encoding"),
    [
        ("001_01d38dfd3dc91503", "cp1251"),
        ("130_kfu-huawei-delegation", "cp1251"),
        ("002_a4dffd9969239f59", "cp1252"),
        ("unseen/1315_ipam-jiliang-cooperation-mou", "cp1252"),
    ],
)
def test_cp1251_and_cp1252_files_give_the_records_of_their_utf8_versions(
    tmp_path, extractor, doc_id, encoding
):
    source = CORPUS / f"{doc_id}.txt"
    legacy = tmp_path / source.name
    legacy.write_bytes(source.read_text(encoding="utf-8").encode(encoding))
    [utf8_doc] = iter_inputs([source])
    [legacy_doc] = iter_inputs([legacy])
    assert isinstance(legacy_doc, InputDoc), legacy_doc
    assert legacy_doc.text == utf8_doc.text and legacy_doc.encoding == encoding
    utf8_rec, legacy_rec = process_stream(extractor, [utf8_doc, legacy_doc])
    legacy_rec = with_provenance(legacy_rec, legacy_doc)
    assert legacy_rec.mentions == utf8_rec.mentions and legacy_rec.facts == utf8_rec.facts
    assert legacy_rec.encoding == encoding and with_provenance(utf8_rec, utf8_doc) == utf8_rec
    assert legacy_rec.text_sha256 == hashlib.sha256(legacy.read_bytes()).hexdigest()


def test_legacy_encodings_of_the_corpus_are_detected():
    """Every corpus text that cp1251 or cp1252 can hold, saved in it: decoded back to the same text (a file
    whose only non-ASCII letters are a word or two of Cyrillic may be read as windows-1252)."""
    tried, exact = 0, 0
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for encoding in ("cp1251", "cp1252"):
            try:
                raw = text.encode(encoding)
                raw.decode("utf-8")
                continue  # pure ASCII: nothing to detect
            except UnicodeEncodeError:
                continue
            except UnicodeDecodeError:
                pass
            tried += 1
            decoded, _ = decode_named(raw)
            exact += decoded == text
    assert tried > 250 and exact >= 0.97 * tried, (exact, tried)


def test_bytes_no_encoding_fits_are_one_error_line(tmp_path):
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 4)
    (tmp_path / "page.html").write_bytes(
        b"<html><body><p>" + bytes(range(128, 256)) * 4 + b"</p></body></html>"
    )
    (tmp_path / "empty.html").write_bytes(b"<html><head><title></title></head><body></body></html>")
    reasons = {i.doc_id: i.reason for i in iter_inputs([tmp_path]) if isinstance(i, InputError)}
    assert "no other encoding fits" in reasons["noise"] and "no other encoding fits" in reasons["page"]
    assert reasons["empty"] == "no article text found in the page"


@pytest.mark.parametrize("name", ["x.json", "x.csv", "README.md", "notes", "page.xml"])
def test_an_explicit_file_of_another_type_is_one_error_line(tmp_path, name):
    path = tmp_path / name
    path.write_text('{"doc_id": "x", "text": "NUST MISIS signed an agreement with Tsinghua University."}')
    [item] = list(iter_inputs([path]))
    assert isinstance(item, InputError) and item.reason.startswith("unsupported input type")
    assert item.path == str(path) and count_inputs([path]) == 1


def test_a_folder_reads_only_its_text_and_html_files(tmp_path):
    for name in ("a.txt", "b.HTML", "c.htm", "d.json", "e.csv", "README.md", "f.jsonl", "g"):
        (tmp_path / name).write_text(
            "<p>Tomsk Polytechnic University signed a memorandum.</p>", encoding="utf-8"
        )
    items = list(iter_inputs([tmp_path]))
    assert [i.doc_id for i in items] == ["a", "b", "c"] and count_inputs([tmp_path]) == 3
    assert [i.source_format for i in items] == ["text", "html", "html"]
    assert items[0].text.startswith("<p>") and items[1].text == items[2].text == (
        "Tomsk Polytechnic University signed a memorandum."
    )


def test_jsonl_lines_may_carry_a_page_instead_of_a_text(tmp_path):
    page_path = PAGES / "102_hse-dufl-exchange-agreement.html"
    html = page_path.read_text(encoding="utf-8")
    lines = [
        {"doc_id": "p", "html": html},
        {"doc_id": "q", "html": html, "published": "2024-04-19"},
        {"doc_id": "both", "html": html, "text": "x"},
        {"doc_id": "num", "html": 5},
        {"doc_id": "../../etc/passwd", "html": html},
    ]
    src = tmp_path / "pages.jsonl"
    src.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    p, q, both, num, odd = iter_inputs([src], text_date=text_date)
    [from_file] = iter_inputs([page_path], text_date=text_date)
    assert p.text == from_file.text and (p.published, p.published_source) == ("2024-04-22", "html-metadata")
    assert p.encoding is None and p.source_format == "html"
    assert (q.published, q.published_source, q.published_meta) == ("2024-04-19", "input", "2024-04-22")
    assert isinstance(both, InputError) and '"text" or "html"' in both.reason
    assert isinstance(num, InputError) and num.reason == "html must be a string, got int"
    out = tmp_path / "out"
    kept = list(keep_page_texts(out, [p, odd]))
    assert kept == [p, odd] and sorted(f.name for f in (out / TEXTS).iterdir()) == sorted(
        [text_name("p"), text_name(odd.doc_id)]
    )
    assert text_name(odd.doc_id).startswith("_") and not (tmp_path / "etc").exists()


def test_extracted_texts_are_written_beside_the_records(tmp_path, pages):
    items = [*pages, *iter_inputs([text_version(pages[0].doc_id)])]
    assert list(keep_page_texts(tmp_path, items)) == items
    written = sorted((tmp_path / TEXTS).iterdir())
    assert [p.name for p in written] == sorted(f"{p.doc_id}.txt" for p in pages)  # pages only
    for page in pages:
        data = (tmp_path / TEXTS / f"{page.doc_id}.txt").read_bytes()
        assert data.decode("utf-8") == page.text and hashlib.sha256(data).hexdigest() == page.sha256


def test_provenance_is_added_alike_to_records_and_to_record_lines(page_runs):
    """The Spark engine gets record lines back: adding the provenance to a line gives the local line."""
    for page, record, _ in page_runs:
        bare = record.model_copy(update={"source_format": None, "encoding": None, "published_source": None})
        assert set(json.loads(record_line(bare))) & {"source_format", "encoding", "published_source"} == set()
        assert provenance_line(record_line(bare), page) == record_line(record)


def test_a_metadata_date_is_not_used_without_the_text_finder():
    [page] = iter_inputs([PAGES / "102_hse-dufl-exchange-agreement.html"])
    assert page.published is None and page.published_meta == "2024-04-22"


def test_extract_page_keeps_a_dateline_of_the_article():
    html = (
        "<html><head><meta property='article:published_time' content='2020-01-09'><title>T</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Tomsk Polytechnic "
        "University and Harbin Institute of Technology sign a memorandum</h1><p>TOMSK, 8 January 2020. "
        "Tomsk Polytechnic University and Harbin Institute of Technology signed a memorandum of "
        "understanding on joint research in materials science.</p></article><footer>Copyright 2020</footer>"
        "</body></html>"
    )
    page = extract_page(html)
    assert page.text.startswith("Tomsk Polytechnic University and Harbin Institute of Technology sign")
    assert "TOMSK, 8 January 2020." in page.text and "Copyright" not in page.text and "Home" not in page.text
    assert page.published == "2020-01-09" and text_date(page.text)


def test_a_byline_kept_as_metadata_comes_back_after_the_headline():
    """trafilatura moves a ``<meta name="author">`` byline out of the text; it comes back as "Author: X"."""
    from extractor.read.html_pages import extract_page

    html = (
        '<html><head><title>Tomsk and Lanzhou sign a memorandum</title><meta name="author" content="Gao Ya">'
        "</head><body><article><h1>Tomsk and Lanzhou sign a memorandum</h1><p>Tomsk State University and "
        "Lanzhou University signed a memorandum of understanding on student exchange on Monday.</p>"
        "<p>The rectors of both universities attended the ceremony in Tomsk.</p></article></body></html>"
    )
    lines = extract_page(html).text.splitlines()
    assert lines[0] == "Tomsk and Lanzhou sign a memorandum" and "Author: Gao Ya" in lines


@pytest.mark.parametrize(
    ("after_headline", "kept"),
    [
        (
            '<div class="info">Author:Gao Ya&nbsp;&nbsp;Source:International Office&nbsp;&nbsp;Date:2024-06-25</div>',
            True,
        ),
        ('<div class="lead">The two universities signed a memorandum of understanding.</div>', False),
    ],
)
def test_the_byline_and_date_line_under_the_headline_is_kept(after_headline, kept):
    from extractor.read.html_pages import info_line

    html = f"<html><body><article><h1>Headline</h1>{after_headline}<p>Body text.</p></article></body></html>"
    assert (info_line(html) == "Author:Gao Ya Source:International Office Date:2024-06-25") is kept
