"""Role categories, agreement kinds and organisation keys, without the spaCy model."""

import pytest
import spacy
from spacy.tokens import Span

from extractor.lang.registry import load_registry
from extractor.normalise.categories import category, kind_of
from extractor.normalise.org_text import acronym
from extractor.normalise.orgs import org_keys


@pytest.mark.parametrize(
    "title,expected",
    [
        ("Vice-Rector for Educational Affairs", "vice-rector"),
        ("vice rector", "vice-rector"),
        ("Deputy Head", "deputy head"),
        ("Director", "director"),
        ("Director General", "director"),
        ("Party Secretary", "secretary"),
        ("principal", "rector"),
        ("Chairman of the Board-Rector", "rector"),
        ("Chairman of the Board – Rector", "rector"),
        ("First Deputy Minister of Education", "deputy minister"),
        ("Minister of Education", "minister"),
        ("Consul General", "consul"),
        ("associate professor", "professor"),
        ("representative", "other"),
        ("Extraordinary and Plenipotentiary Ambassador", "ambassador"),
        ("Deputy Foreign Minister", "deputy minister"),  # role.category.deputy_portfolio
        ("Vice Foreign Minister", "deputy minister"),
        ("First Deputy Foreign Minister", "deputy minister"),
        ("Foreign Minister", "minister"),
        ("Education and Science Minister", "minister"),
    ],
)
def test_role_category(title, expected):
    assert category(title) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("cooperation agreement", "agreement"),
        ("Memorandum of Understanding", "memorandum"),
        ("MoU", "memorandum"),
        ("memorandum of intent", "memorandum"),
        ("Agreement of Intent", "agreement"),
        ("letter of intent", "letter of intent"),
        ("three-year roadmap", "roadmap"),
        ("road map", "roadmap"),
        ("joint statement", "declaration"),
        ("protocol", "protocol"),
        ("contract", "contract"),
    ],
)
def test_agreement_kind(text, expected):
    assert kind_of(text) == expected


def test_acronym_of_a_long_name():
    assert acronym("Huazhong University of Science and Technology") == "HUST"
    assert acronym("Shanghai Cooperation Organization") == "SCO"


@pytest.fixture(scope="module")
def registry():
    return load_registry()


def _orgs(text, names):
    doc = spacy.blank("en")(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="ORG"))
    return spans


def test_registry_variants_share_one_key(registry):
    text = "NUST MISIS and MISIS University and National University of Science and Technology MISIS"
    keys = org_keys(
        _orgs(
            text, ["NUST MISIS", "MISIS University", "National University of Science and Technology MISIS"]
        ),
        registry,
    )
    assert len(set(keys)) == 1


def test_misspelling_gets_the_intended_key(registry):
    keys = org_keys(_orgs("Tsingua University visited", ["Tsingua University"]), registry)
    assert keys == [registry.lookup("Tsinghua University").id]


def test_unknown_name_and_its_bracketed_acronym_share_a_key(registry):
    text = "The Zarafshan Institute of Applied Gemology (ZIAG) opened. ZIAG staff met."
    doc = spacy.blank("en")(text)
    a = doc.char_span(4, 43, label="ORG")
    b = doc.char_span(45, 49, label="ORG")
    c = doc.char_span(59, 63, label="ORG")
    assert [s.text for s in (a, b, c)] == ["Zarafshan Institute of Applied Gemology", "ZIAG", "ZIAG"]
    keys = org_keys([a, b, c], registry)
    assert keys == ["Zarafshan Institute of Applied Gemology"] * 3


def test_short_form_links_to_the_full_name_in_the_same_document(registry):
    text = "Karakalpak State Agrarian Institute hosted guests. The Agrarian Institute said."
    spans = _orgs(text, ["Karakalpak State Agrarian Institute"])
    doc = spans[0].doc
    i = text.index("Agrarian Institute said")
    spans.append(doc.char_span(i, i + len("Agrarian Institute"), label="ORG"))
    keys = org_keys(spans, registry)
    assert keys[0] == keys[1] == "Karakalpak State Agrarian Institute"


def test_a_registered_name_keeps_its_entry_beside_a_longer_registered_name(registry):
    text = "Tomsk State University and Tomsk Polytechnic University met; TUSUR joined them."
    keys = org_keys(
        _orgs(text, ["Tomsk State University", "Tomsk Polytechnic University", "TUSUR"]), registry
    )
    assert keys[0] == registry.lookup("TSU").id != keys[2]


def test_a_short_form_never_takes_the_key_of_a_body_named_after_it(registry):
    text = "The Kokand Pedagogical Institute Trade Union thanked the Kokand Pedagogical Institute staff."
    spans = _orgs(text, ["Kokand Pedagogical Institute Trade Union"])
    i = text.rindex("Kokand Pedagogical Institute")
    spans.append(spans[0].doc.char_span(i, i + len("Kokand Pedagogical Institute"), label="ORG"))
    assert org_keys(spans, registry) == [
        "Kokand Pedagogical Institute Trade Union",
        "Kokand Pedagogical Institute",
    ]


def test_span_type_is_spacy_span():
    assert isinstance(_orgs("SPbPU", ["SPbPU"])[0], Span)


def test_a_short_form_links_to_the_same_name_with_named_after(registry):
    text = "Kokand University named after Mukimi hosted guests. Kokand University said."
    spans = _orgs(text, ["Kokand University named after Mukimi"])
    i = text.rindex("Kokand University")
    spans.append(spans[0].doc.char_span(i, i + len("Kokand University"), label="ORG"))
    assert org_keys(spans, registry) == ["Kokand University named after Mukimi"] * 2


@pytest.mark.parametrize(
    "long, short",
    [
        ("Fergana International University", "Fergana International"),
        ("Navoi Mining Group Inc.", "Navoi Mining Group"),
        ("Navoi Mining Group Inc.", "Navoi Group Inc."),
    ],
)
def test_short_forms_without_or_with_the_same_head_link_to_the_long_name(registry, long, short):
    text = f"{long} hosted guests. Later {short} said."
    spans = _orgs(text, [long])
    i = text.rindex(short)
    spans.append(spans[0].doc.char_span(i, i + len(short), label="ORG"))
    assert org_keys(spans, registry) == [long, long]


@pytest.mark.parametrize(
    "long, short, linked",
    [("ZPTU-NSU Joint Laboratory of Optics", "ZPTU", False), ("AKM Kazmunai Inc.", "AKM", True)],
)
def test_an_acronym_links_to_a_company_name_not_to_a_body_named_with_it(registry, long, short, linked):
    text = f"{long} hosted guests. Later {short} said."
    spans = _orgs(text, [long])
    i = text.rindex(short)
    spans.append(spans[0].doc.char_span(i, i + len(short), label="ORG"))
    assert org_keys(spans, registry) == [long, long if linked else short]
