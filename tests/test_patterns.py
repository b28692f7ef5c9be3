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
