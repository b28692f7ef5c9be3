"""Rule files: every file under patterns/ parses; broken lines are reported with file and line."""

import pytest

from extractor.lang.lexicons import lexicon
from extractor.lang.patterns import LexiconEntry, PatternError, load_jsonl
from extractor.lang.resources import patterns_dir
from extractor.models import AGREEMENT_KINDS, ROLE_CATEGORIES


@pytest.mark.parametrize(
    "name",
    [
        "roles",
        "agreements",
        "org_heads",
        "agreement_modifiers",
        "honorifics",
        "org_blockers",
        "not_org_heads",
        "headline_verbs",
        "signing_verbs",
        "company_nouns",
        "spelling_variants",
        "date_cues",
    ],
)
def test_lexicons_parse(name):
    assert lexicon(name)


def test_role_and_agreement_lexicons_map_to_known_categories():
    assert set(lexicon("roles").values()) <= ROLE_CATEGORIES
    assert set(lexicon("agreements").values()) <= AGREEMENT_KINDS


def test_broken_line_names_file_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"phrase": "rector", "category": "rector"}\n{"phrase": "x"}\n')
    with pytest.raises(PatternError, match=r"bad.jsonl:2: category"):
        load_jsonl(bad, LexiconEntry)
    bad.write_text('{"phrase": "rector", "category": "rector", "oops": 1}\n')
    with pytest.raises(PatternError, match=r"bad.jsonl:1: oops"):
        load_jsonl(bad, LexiconEntry)
    bad.write_text("not json\n")
    with pytest.raises(PatternError, match=r"bad.jsonl:1: invalid JSON"):
        load_jsonl(bad, LexiconEntry)


def test_patterns_folder_is_found():
    assert (patterns_dir() / "roles.jsonl").exists()


def _own_patterns(folder, orgs: str, roles: str = "") -> None:
    (folder / "orgs.jsonl").write_text(orgs, encoding="utf-8")
    if roles:
        (folder / "roles.jsonl").write_text(roles, encoding="utf-8")


def test_an_analysts_own_patterns_add_to_the_built_in_ones(tmp_path):
    """``EXTRACTOR_EXTRA_PATTERNS`` (the CLI's ``--patterns DIR``): a new organisation, an alias of a
    registered one and a new title are found beside every built-in name, in a fresh process."""
    import json
    import os
    import subprocess
    import sys

    pat, src, out = tmp_path / "pat", tmp_path / "in", tmp_path / "out"
    pat.mkdir()
    src.mkdir()
    _own_patterns(
        pat,
        '{"id": "Zorgonia Institute of Applied Florbistics", "acronyms": ["ZIAF"], "country": "RU", '
        '"type": "research_institute"}\n'
        '{"id": "Tomsk State University", "aliases": ["Tomsk Classical University"], "country": "RU", '
        '"type": "university"}\n',
        '{"phrase": "chief florbist", "category": "head"}\n',
    )
    (src / "a.txt").write_text(
        "ZIAF and Tomsk Classical University signed a memorandum of understanding with Lanzhou University.\n"
        "Chief Florbist Ivan Petrov signed it.\n",
        encoding="utf-8",
    )
    env = {**os.environ, "EXTRACTOR_EXTRA_PATTERNS": str(pat)}
    cmd = [sys.executable, "-m", "extractor", "run", str(src), "--out", str(out), "--quiet"]
    subprocess.run(cmd, env=env, check=True, capture_output=True)
    record = json.loads((out / "records.jsonl").read_text("utf-8"))
    norms = {(m["text"], m["norm"]) for m in record["mentions"]}
    assert ("ZIAF", "Zorgonia Institute of Applied Florbistics") in norms
    assert ("Tomsk Classical University", "Tomsk State University") in norms
    assert ("Lanzhou University", "Lanzhou University") in norms  # the built-in registry still applies
    assert ("Chief Florbist", "head") in {(m["text"], m["norm"]) for m in record["mentions"]}


def test_a_bad_line_in_an_analysts_file_names_file_line_and_field(tmp_path, monkeypatch):
    from extractor.lang.registry import RegistryError, load_registry

    _own_patterns(tmp_path, '{"id": "Zorgonia Institute", "country": "RU", "type": "institute"}\n')
    monkeypatch.setenv("EXTRACTOR_EXTRA_PATTERNS", str(tmp_path))
    with pytest.raises(RegistryError, match=r"orgs\.jsonl:1: field type"):
        load_registry()
